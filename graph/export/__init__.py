"""One module per export target; each owns the flattening its format needs."""
