package org.zhuqi.directory.enterprise;

import org.springframework.data.relational.core.mapping.Table;

/** A label on an enterprise, e.g. 高新技术企业 (high-tech), 专精特新 (specialised and innovative). */
@Table("enterprise_tag")
record EnterpriseTag(String tag) {
}
