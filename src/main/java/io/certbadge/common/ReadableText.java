package io.certbadge.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation for {@link UnicodeText}: no control, format, separator, private-use or unassigned
 * characters and, for names, at least one letter. Null is valid (pair with {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = ReadableText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadableText {

    /** A name must contain a letter; other text need not. */
    boolean letterRequired() default true;

    String message() default "must be readable text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReadableText, String> {

        private boolean letterRequired;

        @Override
        public void initialize(ReadableText annotation) {
            letterRequired = annotation.letterRequired();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return UnicodeText.problem(value, letterRequired).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
