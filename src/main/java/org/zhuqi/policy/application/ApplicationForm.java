package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * What an enterprise fills in to apply (申报), on the page and as JSON: the declared figures by
 * {@link org.zhuqi.policy.catalogue.Figure} name, a statement, where to pay (bank, holder, account) and files.
 * A draft may be incomplete; {@link ApplicationService} checks completeness on submit.
 */
public class ApplicationForm {

	/** The policy applied for; read when the application is created, ignored afterwards. */
	private Long policyId;

	private Map<String, @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal> figures = new LinkedHashMap<>();

	@Size(max = 2000)
	private String statement;

	@Size(max = 100)
	private String bankName;

	@Size(max = 100)
	private String accountHolder;

	@Size(max = 40)
	private String bankAccount;

	/** Submit for review rather than keep as a draft. */
	private boolean submit;

	/** The version the enterprise edited, to refuse overwriting a concurrent change; {@code null} on the API. */
	private Integer version;

	@JsonIgnore
	private List<MultipartFile> attachments = new ArrayList<>();

	public Long getPolicyId() {
		return policyId;
	}

	public void setPolicyId(Long policyId) {
		this.policyId = policyId;
	}

	public Map<String, BigDecimal> getFigures() {
		return figures;
	}

	public void setFigures(Map<String, BigDecimal> figures) {
		this.figures = figures == null ? new LinkedHashMap<>() : figures;
	}

	public String getStatement() {
		return statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}

	public String getBankName() {
		return bankName;
	}

	public void setBankName(String bankName) {
		this.bankName = bankName;
	}

	public String getAccountHolder() {
		return accountHolder;
	}

	public void setAccountHolder(String accountHolder) {
		this.accountHolder = accountHolder;
	}

	public String getBankAccount() {
		return bankAccount;
	}

	public void setBankAccount(String bankAccount) {
		this.bankAccount = bankAccount;
	}

	public boolean isSubmit() {
		return submit;
	}

	public void setSubmit(boolean submit) {
		this.submit = submit;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	@JsonIgnore
	public List<MultipartFile> getAttachments() {
		return attachments;
	}

	@JsonIgnore
	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments == null ? new ArrayList<>() : attachments;
	}

}
