"""Facts: raw facts (person indices of one document) assembled into FACTS.md facts with names,
evidence, spans and dates.
"""
