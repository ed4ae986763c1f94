package org.zhuqi.evaluation.live;

/**
 * One press of a hardware keypad (表决器) as the vendor's receiver bridge forwards it.
 *
 * @param keypad the keypad's id as registered
 * @param department the department voted on (the current one of the live session)
 * @param score the score pressed, on the campaign's scale; it counts for every dimension of the rubric
 */
public record KeypadPress(String keypad, Long department, Integer score) {
}
