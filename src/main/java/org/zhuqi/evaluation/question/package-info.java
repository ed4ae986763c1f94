/**
 * Before the live session: questions voters send in for each live department (会前提问), shown to the host, and
 * the voters' vote on which departments report in person (现场述职单位投票). Both are stored under the voter
 * key only, like ballots. See docs/evaluation.md, "Questions and presenter vote".
 */
package org.zhuqi.evaluation.question;
