"""One screen a module, in the order a visitor meets them."""
