"""Relations: the rules that read marriages, children, births, deaths, splits and siblings from
each sentence, and the reader that runs them over a document.
"""
