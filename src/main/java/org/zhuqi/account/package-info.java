/**
 * Accounts and roles: who may sign in, with which {@link org.zhuqi.shared.Role}, bound to which directory
 * record; form login for pages and HTTP Basic for {@code /api/**}; password changes, admin user
 * management, login throttling and the demo logins.
 */
package org.zhuqi.account;
