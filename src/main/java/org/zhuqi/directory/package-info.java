/**
 * The enterprise directory (企业名录): enterprises with their unified social credit codes, district
 * departments and streets, liaison cadres (联企干部) and which cadre each enterprise is paired with, plus
 * import and export of all of them.
 * <p>
 * Other modules use {@link org.zhuqi.directory.Directory} and its reference records only.
 */
package org.zhuqi.directory;
