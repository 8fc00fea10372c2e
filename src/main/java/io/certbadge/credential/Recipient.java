package io.certbadge.credential;

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
}
