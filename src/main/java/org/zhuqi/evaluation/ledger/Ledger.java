package org.zhuqi.evaluation.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.evaluation.ledger.LedgerChain.Break;
import org.zhuqi.evaluation.ledger.LedgerChain.Verification;
import org.zhuqi.evaluation.ledger.LedgerLines.Opening;

/**
 * The stored ledgers ({@code evaluation_ledger}) and their heads ({@code evaluation_ledger_head}, one row per
 * opened campaign). Appending is serialised per campaign by locking the head row for the rest of the caller's
 * transaction: lock, build the lines from the head, append them (a batch of any size), commit. Entries and
 * the data they record therefore commit together or not at all.
 */
@Component
public class Ledger {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Ledger(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Writes entry 0 with the rules the campaign opens with, and the head. A ledger is opened once. */
	@Transactional(propagation = Propagation.MANDATORY)
	public LedgerEntry open(long campaignId, Opening opening, Instant at) {
		LedgerEntry entry = LedgerEntry.of(0, LedgerLines.opening(campaignId, opening, at));
		insert(campaignId, List.of(entry));
		jdbc.sql("insert into evaluation_ledger_head (campaign_id, last_seq, last_hash) values (:campaign, 0, :hash)")
			.param("campaign", campaignId)
			.param("hash", entry.hash())
			.update();
		return entry;
	}

	/**
	 * Locks the campaign's head until the caller's transaction ends and returns it; other appenders of the
	 * campaign wait. Refused (as a state error) for a campaign whose ledger was never opened.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public LedgerHead lock(long campaignId) {
		return jdbc.sql("select last_seq, last_hash from evaluation_ledger_head where campaign_id = :campaign for update")
			.param("campaign", campaignId)
			.query((rs, row) -> new LedgerHead(campaignId, rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new IllegalStateException("the ledger of campaign " + campaignId + " is not open"));
	}

	/**
	 * Appends lines that continue the chain from the locked head, in order (each line's seq and previous hash
	 * must follow on), and moves the head to the last one.
	 * @return the appended entries
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<LedgerEntry> append(LedgerHead head, List<String> lines) {
		List<LedgerEntry> entries = new ArrayList<>(lines.size());
		long seq = head.seq();
		String previous = head.hash();
		for (String line : lines) {
			seq++;
			LedgerEntry entry = LedgerEntry.of(seq, line);
			List<String> fields = entry.fields();
			if (fields.size() != LedgerLines.fieldsOf(entry.kind()) || LedgerLines.OPEN.equals(entry.kind())
					|| !Long.toString(seq).equals(fields.get(2))
					|| !Long.toString(head.campaignId()).equals(fields.get(1)) || !previous.equals(entry.previousHash())) {
				throw new IllegalArgumentException("line does not continue the chain at " + seq + ": " + line);
			}
			entries.add(entry);
			previous = entry.hash();
		}
		if (entries.isEmpty()) {
			return entries;
		}
		insert(head.campaignId(), entries);
		int moved = jdbc.sql("""
				update evaluation_ledger_head set last_seq = :seq, last_hash = :hash
				where campaign_id = :campaign and last_seq = :from""")
			.param("seq", seq)
			.param("hash", previous)
			.param("campaign", head.campaignId())
			.param("from", head.seq())
			.update();
		if (moved != 1) {
			throw new IllegalStateException("the head of ledger " + head.campaignId() + " moved without its lock");
		}
		return entries;
	}

	/** The campaign's entries from 0, as stored. */
	@Transactional(readOnly = true)
	public List<LedgerEntry> entries(long campaignId) {
		return jdbc.sql("select seq, line, entry_hash from evaluation_ledger where campaign_id = :campaign order by seq")
			.param("campaign", campaignId)
			.query((rs, row) -> new LedgerEntry(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * A page of the campaign's entries for a streamed export: those after {@code afterSeq} up to and including
	 * {@code toSeq}, in order, at most {@code limit} of them. Reading page by page keeps memory flat whatever the
	 * ledger's length and holds no transaction open between pages.
	 */
	@Transactional(readOnly = true)
	public List<LedgerEntry> page(long campaignId, long afterSeq, long toSeq, int limit) {
		return jdbc.sql("""
				select seq, line, entry_hash from evaluation_ledger
				where campaign_id = :campaign and seq > :after and seq <= :to order by seq limit :limit""")
			.param("campaign", campaignId)
			.param("after", afterSeq)
			.param("to", toSeq)
			.param("limit", limit)
			.query((rs, row) -> new LedgerEntry(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<LedgerEntry> entry(long campaignId, long seq) {
		return jdbc.sql("select seq, line, entry_hash from evaluation_ledger where campaign_id = :campaign and seq = :seq")
			.param("campaign", campaignId)
			.param("seq", seq)
			.query((rs, row) -> new LedgerEntry(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** The head as stored, if the ledger was opened. */
	@Transactional(readOnly = true)
	public Optional<LedgerHead> head(long campaignId) {
		return jdbc.sql("select last_seq, last_hash from evaluation_ledger_head where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query((rs, row) -> new LedgerHead(campaignId, rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * Checks the stored chain with {@link LedgerChain} and that it ends at the stored head; a chain that is
	 * intact but shorter or longer than the head says is reported as {@link Break#HEAD_MISMATCH}.
	 */
	@Transactional(readOnly = true)
	public Verification verify(long campaignId) {
		Verification chain = LedgerChain.verify(entries(campaignId));
		if (!chain.intact()) {
			return chain;
		}
		LedgerHead head = head(campaignId).orElse(new LedgerHead(campaignId, -1, LedgerLines.GENESIS));
		if (head.seq() + 1 != chain.entries() || !head.hash().equals(chain.headHash())) {
			return new Verification(chain.entries(), chain.headHash(), (long) chain.entries(), Break.HEAD_MISMATCH);
		}
		return chain;
	}

	private void insert(long campaignId, List<LedgerEntry> entries) {
		batch.batchUpdate("""
				insert into evaluation_ledger (campaign_id, seq, line, prev_hash, entry_hash) values (?, ?, ?, ?, ?)""",
				entries.stream()
					.map(entry -> new Object[] { campaignId, entry.seq(), entry.line(), entry.previousHash(), entry.hash() })
					.toList());
	}

}
