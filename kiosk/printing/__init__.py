"""The take-home slip, drawn with QPainter, and where it goes (a printer, a PDF file)."""
