package org.zhuqi.directory.pairing;

import org.zhuqi.directory.reference.Outcome;

/**
 * The rules of pairing (结对) an enterprise with its one primary liaison cadre, as plain Java: pairing with
 * the cadre it already has changes nothing; a first pairing creates one, another cadre replaces the current
 * one (the history keeps both); only active cadres take on enterprises.
 */
final class PairingRule {

	private PairingRule() {
	}

	/** What pairing an enterprise currently paired with {@code currentCadreId} (or none) with {@code cadreId} does. */
	static Outcome outcome(Long currentCadreId, long cadreId) {
		if (currentCadreId == null) {
			return Outcome.CREATED;
		}
		return currentCadreId == cadreId ? Outcome.UNCHANGED : Outcome.UPDATED;
	}

	/** Whether the pairing may go ahead: an inactive cadre is refused unless nothing would change. */
	static boolean allowed(Long currentCadreId, long cadreId, boolean cadreActive) {
		return cadreActive || outcome(currentCadreId, cadreId) == Outcome.UNCHANGED;
	}

	/** A reason as stored: trimmed, {@code null} when blank. */
	static String reason(String raw) {
		return raw == null || raw.isBlank() ? null : raw.strip();
	}

}
