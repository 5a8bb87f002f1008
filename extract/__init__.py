"""Reading, cleaning and fact extraction: everything up to Triples."""
