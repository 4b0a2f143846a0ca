#!/bin/sh
# Render one department's sheet of the collection form (the sample city's sanitation department)
# as docs/form-sheet.png: LibreOffice prints the workbook as the form's print setup says (A4
# landscape, one page wide, header rows repeated, the sign-off line); its last page is the sheet.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cd "$work"
python -m nsc_check form export "$here/evidence" --department sanitation -o form.xlsx
soffice --headless --convert-to pdf form.xlsx >/dev/null
last=$(pdfinfo form.pdf | awk '/^Pages:/ {print $2}')
pdftoppm -png -r 60 -f "$last" -l "$last" -singlefile form.pdf sheet
cp sheet.png "$here/docs/form-sheet.png"
rm -rf "$work"
