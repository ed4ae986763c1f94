package org.zhuqi.directory;

/** An enterprise as other modules see it, with its currently paired cadre if any. */
public record EnterpriseRef(long id, String uscc, String name, String streetCode, Long cadreId) {
}
