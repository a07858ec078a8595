#!/usr/bin/env python3
"""Makes an OCR-damaged twin of a clean text: renders it to page images
(DejaVu Sans, A4 at 300 dpi) and reads them back with `tesseract -l eng`,
which has no æ, ø, å. Usage: eval-normalize-ocr.py CLEAN.txt OUT.txt
Needs Debian's python3-pil, fonts-dejavu and tesseract-ocr; the twins are
committed so that CI never runs this."""
import subprocess, sys, tempfile, textwrap, os
from PIL import Image, ImageDraw, ImageFont

FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
W, H, MARGIN, SIZE, LEADING, PER_PAGE = 2480, 3508, 200, 40, 56, 55

def pages(text):
    lines = []
    for raw in text.replace('\f', '\n').split('\n'):
        lines.extend(textwrap.wrap(raw, 90) or [''])
    for i in range(0, len(lines), PER_PAGE):
        yield lines[i:i + PER_PAGE]

def main(src, out):
    text = open(src, encoding='utf-8').read()
    font = ImageFont.truetype(FONT, SIZE)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, page in enumerate(pages(text)):
            img = Image.new('L', (W, H), 255)
            draw = ImageDraw.Draw(img)
            for i, line in enumerate(page):
                draw.text((MARGIN, MARGIN + i * LEADING), line, font=font, fill=0)
            png = os.path.join(tmp, f'p{n}.png')
            img.save(png, dpi=(300, 300))
            ocr = subprocess.run(['tesseract', png, 'stdout', '-l', 'eng'], capture_output=True, text=True, check=True)
            results.append(ocr.stdout.rstrip('\n\f'))
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n\f'.join(results) + '\n')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
