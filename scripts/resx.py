#!/usr/bin/env python3
"""Writes a pair of .resx files (neutral = zh-CN, .en) from a tab-separated table: key <TAB> 中文 <TAB> English.

    scripts/resx.py src/Modules/Organization/OneWindow.Organization/OrgText.tsv

The .tsv is the source of truth for UI text; the .resx files beside it are generated and committed."""
import sys, pathlib, html

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def write(path, rows, column):
    out = [HEADER]
    for row in rows:
        out.append(f'  <data name="{html.escape(row[0])}" xml:space="preserve"><value>{html.escape(row[column])}</value></data>\n')
    out.append('</root>\n')
    path.write_text(''.join(out), encoding='utf-8')

for arg in sys.argv[1:]:
    tsv = pathlib.Path(arg)
    rows = []
    for n, line in enumerate(tsv.read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) != 3:
            sys.exit(f'{tsv}:{n}: expected key<TAB>zh<TAB>en, got {len(parts)} columns')
        rows.append(parts)
    keys = [r[0] for r in rows]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        sys.exit(f'{tsv}: duplicate keys {sorted(dupes)}')
    write(tsv.with_suffix('.resx'), rows, 1)
    write(tsv.with_suffix('.en.resx'), rows, 2)
    print(f'{tsv}: {len(rows)} strings')
