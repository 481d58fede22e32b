"""Staff-only access: the PIN (stored as a salted hash), its lockout, the hidden gesture."""
