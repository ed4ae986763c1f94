package org.zhuqi.directory;

/**
 * An enterprise with its credit code and the contact person (联系人) the directory holds for it, for lists and
 * messages of other modules.
 */
public record EnterpriseContact(long id, String uscc, String name, String contactName, String contactPhone) {
}
