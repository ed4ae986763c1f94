package org.zhuqi.directory.reference;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

class UsccValidator implements ConstraintValidator<ValidUscc, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		Uscc.Verdict verdict = Uscc.check(value);
		if (verdict instanceof Uscc.Verdict.Valid) {
			return true;
		}
		HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
		hibernate.disableDefaultConstraintViolation();
		String template;
		if (verdict instanceof Uscc.Verdict.WrongLength wrong) {
			hibernate.addMessageParameter("length", wrong.length());
			template = "{uscc.length}";
		}
		else if (verdict instanceof Uscc.Verdict.IllegalCharacter illegal) {
			hibernate.addMessageParameter("position", illegal.position());
			hibernate.addMessageParameter("character", String.valueOf(illegal.character()));
			template = "{uscc.character}";
		}
		else {
			Uscc.Verdict.WrongCheckCharacter wrong = (Uscc.Verdict.WrongCheckCharacter) verdict;
			hibernate.addMessageParameter("expected", String.valueOf(wrong.expected()));
			hibernate.addMessageParameter("actual", String.valueOf(wrong.actual()));
			template = "{uscc.checkCharacter}";
		}
		hibernate.buildConstraintViolationWithTemplate(template).addConstraintViolation();
		return false;
	}

}
