package org.zhuqi.account;

/**
 * How an account's binding reads in lists: the bound record's name, with a detail such as a cadre's
 * department or an enterprise's credit code ({@code null} when there is none).
 */
record BindingName(String name, String detail) {
}
