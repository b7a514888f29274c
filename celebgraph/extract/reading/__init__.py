"""Reading documents: files, directories, stdin and HTML into ``Document``s; long texts cut into
pieces for the model.
"""
