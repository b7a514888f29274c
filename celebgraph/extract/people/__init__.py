"""People and names: where the text names a person, which mentions are one person, and who is being
talked about (the discourse: the couple in play, pronouns, descriptions).
"""
