"""Relations: the rules that read marriages, children, births, deaths, splits and siblings from
each sentence, and the reader that runs them over a document. Records ("Label: value" lines under
a person heading, ``records``; dictionary entries, ``entries``) are read from the lines before the
sentences; genealogical notation in prose (lifespans, "born to", "daughter of X by his second wife
Y") by ``genealogy``; ``notation`` parses their items and parentheses.
"""
