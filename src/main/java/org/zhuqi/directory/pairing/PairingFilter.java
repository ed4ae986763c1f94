package org.zhuqi.directory.pairing;

import org.zhuqi.directory.enterprise.EnterpriseFilter;

/**
 * The search of the pairing screen: the directory's filters (text, street, industry, tag, current cadre by
 * id) plus {@code unpaired} to find enterprises that have no cadre yet. Blank values do not filter.
 */
public record PairingFilter(String q, String street, String industry, String tag, Long cadre, Boolean unpaired,
		String sort) {

	public static PairingFilter none() {
		return new PairingFilter(null, null, null, null, null, null, null);
	}

	public static PairingFilter unpairedOnly(String q) {
		return new PairingFilter(q, null, null, null, null, true, null);
	}

	/** The same search as the directory understands it (without the unpaired condition). */
	public EnterpriseFilter enterprises() {
		return new EnterpriseFilter(q, street, industry, tag, null, cadre, sort);
	}

	public boolean unpairedOnly() {
		return Boolean.TRUE.equals(unpaired);
	}

}
