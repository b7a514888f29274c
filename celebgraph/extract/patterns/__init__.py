"""Patterns and lexicons: the relation words, kin nouns, titles and other word lists the rules read
(data, apart from the code that applies them).
"""
