/**
 * Audit history: who changed which record, when, and how. Every module records its changes of state here
 * through {@link org.zhuqi.audit.AuditLog}, in the same transaction as the change.
 */
package org.zhuqi.audit;
