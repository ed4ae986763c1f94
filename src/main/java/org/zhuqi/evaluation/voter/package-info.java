/**
 * The voter roll (投票人名册) of a campaign: enterprise representatives drawn from the directory, one per
 * enterprise, each issued a personal credential once. A credential is a random token of
 * {@value org.zhuqi.evaluation.voter.CredentialTokens#TOKEN_BYTES} bytes, shown only when it is issued and
 * stored only as its SHA-256 hash; the ballot box identifies a voter's ballots only by
 * {@link org.zhuqi.evaluation.voter.VoterKeys the keyed hash} of the token.
 * <p>
 * The service centre's roll pages live here too: enrolling from a directory filter after confirming the count,
 * issuing credentials as one download of the printable sheet and the SMS list (the only time the tokens exist),
 * revoking, and re-issuing a lost credential while the campaign is a draft.
 */
package org.zhuqi.evaluation.voter;
