/**
 * Printed and downloadable credentials of an evaluation campaign (千家企业评部门): {@link
 * org.zhuqi.evaluation.sheet.CredentialSheets} writes an A4 PDF with one cut-out card per voter carrying the QR
 * code of the voter's personal link, {@link org.zhuqi.evaluation.sheet.SmsList} an {@code .xlsx} list to send
 * the links by SMS. Both only render what they are given; who may download them, and the credentials
 * themselves, belong to the evaluation module.
 */
package org.zhuqi.evaluation.sheet;
