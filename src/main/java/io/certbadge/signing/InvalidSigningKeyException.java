package io.certbadge.signing;

/** The configured signing key cannot be used; the message says why, for the operator. */
public class InvalidSigningKeyException extends RuntimeException {

    public InvalidSigningKeyException(String message) {
        super(message);
    }
}
