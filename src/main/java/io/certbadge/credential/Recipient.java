package io.certbadge.credential;

import io.certbadge.common.Hashing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person known by e-mail address, with the opaque subject id their credentials carry. */
@Entity
@Table(name = "recipient")
public class Recipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Normalised (trimmed, lower case). Private: never written into a credential or a public page. */
    @Column(nullable = false, unique = true)
    public String email;

    /** {@code urn:uuid:…}, random, the same for every credential of this e-mail address. */
    @Column(name = "subject_id", nullable = false, unique = true)
    public String subjectId;

    /** Who a credential names, without the e-mail address: a subject id and a salted hash of the address. */
    public record Identity(String subjectId, String emailHash, String salt) {
    }

    /**
     * The identity one credential carries: the candidate's own DID when the record gives one, else
     * this recipient's subject id; the address only as {@code sha256$} of address and a fresh salt.
     */
    public Identity identity(String did, String salt) {
        return new Identity(did != null ? did : subjectId, "sha256$" + Hashing.sha256Hex(email + salt), salt);
    }
}
