package io.certbadge.security;

import jakarta.enterprise.context.RequestScoped;

/** Which API key made the current request, for the audit trail. */
@RequestScoped
public class Caller {

    private String apiKeyName;

    public String apiKeyName() {
        return apiKeyName;
    }

    void authenticatedAs(String name) {
        this.apiKeyName = name;
    }
}
