package io.certbadge.transparency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/v1/keys/{keyId}/compromise}: since when the key must be distrusted, and why. */
public record KeyCompromiseRequest(@NotNull Instant compromisedAt, @NotBlank @Size(max = 500) String reason) {
}
