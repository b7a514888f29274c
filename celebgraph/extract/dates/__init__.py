"""Dates: absolute dates, dates relative to the publication date, ages and offsets between
events.
"""
