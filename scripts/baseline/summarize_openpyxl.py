"""A baseline for `npm run bench -- --only python`: the job a secretary's script would do with
openpyxl and python-docx, for comparing speed per bloc. For each bloc folder (khoi-thi-dua.xlsx and
don-vi/*.xlsx): read every workbook, total each unit's self-assessed points (`Tự chấm`, less the
deduction rows), rank, and write a ranking workbook and one Word report with a ranking table. It
checks nothing, proposes nothing and writes one document, where thidua writes four and the results
workbook: it is a floor for such a script, not a copy of thidua.

    python3 summarize_openpyxl.py OUT_DIR BLOC_DIR [BLOC_DIR ...]
"""
import os
import sys
import time

import openpyxl
from docx import Document
from docx.shared import Pt


def rows(path):
    workbook = openpyxl.load_workbook(path, data_only=True)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets}


def header_index(table, first):
    for i, row in enumerate(table):
        if row and row[0] == first:
            return i, list(row)
    raise ValueError(f"no header {first!r}")


def summarize(bloc_dir, out_dir):
    bloc = rows(os.path.join(bloc_dir, "khoi-thi-dua.xlsx"))
    info = {row[0]: row[1] for row in bloc["Thông tin"] if row and row[0]}
    start, header = header_index(bloc["Đơn vị"], "STT")
    units = {r[1]: r[2] for r in bloc["Đơn vị"][start + 1 :] if r and r[1]}
    start, header = header_index(bloc["Tiêu chí"], "Mã")
    kinds = {str(r[0]): r[header.index("Loại")] if "Loại" in header else None for r in bloc["Tiêu chí"][start + 1 :] if r and r[0]}
    totals = {}
    unit_dir = os.path.join(bloc_dir, "don-vi")
    for name in sorted(os.listdir(unit_dir)):
        for code, table in rows(os.path.join(unit_dir, name)).items():
            start, header = header_index(table, "Mã tiêu chí")
            score = header.index("Tự chấm")
            total = 0.0
            for r in table[start + 1 :]:
                if not r or str(r[0]) not in kinds or not isinstance(r[score], (int, float)):
                    continue
                sign = -1 if str(kinds.get(str(r[0]), "")).lower().startswith("trừ") else 1
                total += sign * r[score]
            totals[code] = round(total, 2)
    ranking = sorted(totals.items(), key=lambda kv: -kv[1])

    os.makedirs(out_dir, exist_ok=True)
    result = openpyxl.Workbook()
    sheet = result.active
    sheet.title = "Xếp hạng"
    sheet.append(["Hạng", "Mã", "Tên đơn vị", "Tổng điểm"])
    for rank, (code, total) in enumerate(ranking, 1):
        sheet.append([rank, code, units.get(code, code), total])
    result.save(os.path.join(out_dir, "ket-qua.xlsx"))

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(14)
    document.add_paragraph(str(info.get("Tên khối", "")).upper())
    document.add_heading(f"BÁO CÁO tổng kết công tác thi đua năm {info.get('Năm', '')}", level=1)
    document.add_paragraph(f"{info.get('Tên khối', '')} gồm {len(units):02d} đơn vị.")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Hạng", "Mã", "Tên đơn vị", "Tổng điểm"]):
        cell.text = text
    for rank, (code, total) in enumerate(ranking, 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(rank), code, units.get(code, code), f"{total:.2f}".replace(".", ",")]):
            cell.text = text
    document.save(os.path.join(out_dir, "bao-cao-tong-ket.docx"))


def main():
    out, blocs = sys.argv[1], sys.argv[2:]
    began = time.perf_counter()
    for i, bloc in enumerate(blocs):
        summarize(bloc, os.path.join(out, f"{i:04d}"))
    print(f"{(time.perf_counter() - began) / max(1, len(blocs)):.4f}")


if __name__ == "__main__":
    main()
