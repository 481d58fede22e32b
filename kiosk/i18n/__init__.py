"""Languages, catalogs and translated lookups. Pure Python: no Qt here."""
