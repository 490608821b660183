// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "NotebookCorpus.h"

namespace ts::test {

namespace {

// Colab: two-space indent, keys in Colab's own order (not sorted), ids in cell metadata, provenance, GPU.
const char* const kColabSaved = R"nb({
  "nbformat": 4,
  "nbformat_minor": 0,
  "metadata": {
    "colab": {
      "provenance": [{"file_id": "1AbC", "timestamp": 1700000000000}],
      "gpuType": "T4",
      "toc_visible": true
    },
    "kernelspec": {
      "name": "python3",
      "display_name": "Python 3"
    },
    "language_info": {
      "name": "python"
    },
    "accelerator": "GPU",
    "gpuClass": "standard",
    "widgets": {"application/vnd.jupyter.widget-state+json": {"abc": {"model_name": "HBoxModel"}}}
  },
  "cells": [
    {
      "cell_type": "markdown",
      "source": [
        "# Training run\n",
        "Uses the shared data."
      ],
      "metadata": {
        "id": "md1"
      }
    },
    {
      "cell_type": "code",
      "execution_count": 3,
      "metadata": {
        "id": "c1",
        "colab": {"base_uri": "https://localhost:8080/", "height": 300},
        "outputId": "f00d-1",
        "executionInfo": {"status": "ok", "timestamp": 1700000001234, "user_tz": -60, "elapsed": 1523}
      },
      "outputs": [
        {
          "output_type": "stream",
          "name": "stdout",
          "text": [
            "epoch 1 loss 0.25\n",
            "epoch 2 loss 0.125\n"
          ]
        },
        {
          "output_type": "display_data",
          "data": {
            "text/plain": [
              "<Figure size 640x480 with 1 Axes>"
            ],
            "image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n"
          },
          "metadata": {
            "needs_background": "light"
          }
        }
      ],
      "source": [
        "import torch\n",
        "for epoch in range(2):\n",
        "    print(f'epoch {epoch+1} loss {0.5/(2**(epoch+1))}')"
      ]
    }
  ]
})nb";

// Jupyter: one-space indent, sorted keys, nbformat 4.5 with ids, ExecuteTime, execute_result, a signature.
const char* const kJupyterSaved = R"nb({
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 12,
   "id": "a1b2c3d4",
   "metadata": {
    "ExecuteTime": {
     "end_time": "2024-01-01T10:00:01.000Z",
     "start_time": "2024-01-01T10:00:00.000Z"
    },
    "scrolled": true,
    "tags": ["setup"],
    "trusted": true
   },
   "outputs": [
    {
     "data": {
      "text/html": [
       "<table>\n",
       "<tr><td>1</td></tr>\n",
       "</table>"
      ],
      "text/plain": [
       "   a\n",
       "0  1"
      ]
     },
     "execution_count": 12,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "import pandas as pd\n",
    "pd.DataFrame({'a': [1]})"
   ]
  },
  {
   "cell_type": "markdown",
   "id": "e5f6",
   "metadata": {
    "heading_collapsed": true,
    "hidden": true
   },
   "source": [
    "## Results"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3 (ipykernel)",
   "language": "python",
   "name": "python3"
  },
  "language_info": {
   "codemirror_mode": {
    "name": "ipython",
    "version": 3
   },
   "file_extension": ".py",
   "name": "python",
   "version": "3.11.2"
  },
  "signature": "sha256:0123456789abcdef",
  "orig_nbformat": 4
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
)nb";

// nbformat 4.0: no cell ids, a markdown attachment, a raw cell, an error output, source given as one string.
const char* const kV40NoIds =
    R"nb({"metadata": {"kernelspec": {"name": "ir", "display_name": "R", "language": "R"}},
"nbformat": 4, "nbformat_minor": 0,
"cells": [
{"cell_type": "markdown", "metadata": {}, "source": "![plot](attachment:p.png)\nsecond line\n",
 "attachments": {"p.png": {"image/png": ["iVBORw0KGgo", "AAAANSUhEUg"], "text/plain": "a\nb"}}},
{"cell_type": "raw", "metadata": {"format": "text/x-python"}, "source": "raw text"},
{"cell_type": "code", "execution_count": null, "metadata": {"collapsed": false}, "source": "stop('x')",
 "outputs": [{"output_type": "error", "ename": "simpleError", "evalue": "x", "traceback": ["Error in eval: x"]}]}
]})nb";

// nbformat 4.5 with ids, unknown fields at every level, an empty code cell.
const char* const kV45Ids = R"nb({"nbformat": 4, "nbformat_minor": 5, "x_top_unknown": {"kept": [1, 2, 3]},
"metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}, "x_custom": null},
"cells": [
{"id": "root", "cell_type": "code", "execution_count": 1, "metadata": {"tags": []}, "source": [], "outputs": [], "x_cell_unknown": true},
{"id": "two", "cell_type": "code", "execution_count": 2, "metadata": {}, "source": "", "outputs": [
  {"output_type": "stream", "name": "stderr", "text": "warning\n", "x_output_unknown": 1}]}
]})nb";

// Non-ASCII text, emoji, escaped and raw astral-plane keys (code point order differs from UTF-16 order
// between U+FB01 and U+1F600), escaped non-ASCII that nbformat writes raw, solidus and control escapes.
const char* const kNonAscii =
    "{\"nbformat\": 4, \"nbformat_minor\": 4,\n"
    "\"metadata\": {\"\xEF\xAC\x81\": 1, \"\xF0\x9F\x98\x80\": 2, \"\\ud83d\\ude01\": 3, \"z\": 4, "
    "\"\\u00e9t\\u00e9\": \"caf\\u00e9\","
    " \"\xCE\xB1\xCE\xB2\": \"\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\", \"ctl\": "
    "\"a\\u0001b\\u007fc\\/d\\te\\bf\\fg\"},\n"
    "\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"Gr\xC3\xBC\xC3\x9F"
    "e \xF0\x9F\x91\x8B\\n\", \"\xE2\x80\x94 \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82\"]},\n"
    "{\"cell_type\": \"code\", \"execution_count\": 5, \"metadata\": {\"keep_output\": true}, \"source\": "
    "\"print('\xE2\x9C\x93')\",\n"
    " \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"\xE2\x9C\x93 "
    "\xF0\x9F\x9A\x80\\n\"]}]}]}";

// ANSI escapes in kept outputs (keep_output) and in stripped ones; an error traceback with colours.
const char* const kAnsi = R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {},
"cells": [
{"id": "k1", "cell_type": "code", "execution_count": 7, "metadata": {"keep_output": true, "collapsed": true}, "source": "run()",
 "outputs": [
  {"output_type": "stream", "name": "stdout", "text": "\u001b[32mOK\u001b[0m 10/10\n\u001b[1mdone\u001b[0m"},
  {"output_type": "error", "ename": "ValueError", "evalue": "bad", "traceback": ["\u001b[0;31m---------\u001b[0m", "\u001b[0;31mValueError\u001b[0m: bad"]},
  {"output_type": "display_data", "metadata": {}, "data": {"text/plain": "line1\nline2", "application/json": {"a": [1, 2.50]},
   "application/vnd.custom+json": ["kept", "as list"], "image/svg+xml": "<svg>\n</svg>\n", "application/javascript": "a();\nb();",
   "text/markdown": ["**x**", "y\n"]}}
 ]},
{"id": "k2", "cell_type": "code", "execution_count": 8, "metadata": {}, "source": "run2()",
 "outputs": [{"output_type": "stream", "name": "stdout", "text": "\u001b[31mlost\u001b[0m"}]}
]})nb";

// CRLF and the other line breaks Python's splitlines knows, as one string and as lists.
const char* const kCrlf =
    "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {},\r\n\"cells\": [\r\n"
    "{\"id\": \"w1\", \"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [],"
    " \"source\": \"a = 1\\r\\nb = 2\\r\\nc = 3\\r\\n\"},\r\n"
    "{\"id\": \"w2\", \"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"one\\r\\n\", "
    "\"two\\rthree\", \"\\u000bfour\\ffive\\u001csix\"]},\r\n"
    "{\"id\": \"w3\", \"cell_type\": \"markdown\", \"metadata\": {}, \"source\": "
    "\"p\\u0085q\\u2028r\\u2029s\\u001dt\\u001eu\\r\"},\r\n"
    "{\"id\": \"w4\", \"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {\"keep_output\": "
    "true}, \"source\": \"x\",\r\n"
    " \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": "
    "\"r1\\r\\nr2\\r\\n\"}]}\r\n]}\r\n";

const char* const kEmpty = R"nb({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})nb";
const char* const kEmptyV40 = R"nb({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 0})nb";

// Numbers in every form Python normalises: exponents, -0, big integers, tiny and huge floats, trailing zeros.
const char* const kFloats = R"nb({"nbformat": 4, "nbformat_minor": 5, "cells": [],
"metadata": {"numbers": [1.0, 1e5, 1E-7, 0.1, 0.30000000000000004, 1e16, 1e15, 123456789012345678901234567890,
 -0, -0.0, 0.000001, 1e-5, 5e-324, 2.5e-8, 12345.678e3, 100, 1.5e300, 1e-400, 3.14159265358979323846,
 9007199254740993, 1e22, 1.7976931348623157e308, 0.0001, 0.00001, 100.50, 2E+3, NaN, Infinity, -Infinity],
 "dup": 1, "dup": 2}})nb";

// The float edge cases of issue 12, in metadata and in a kept output: underflow written in decimal form (400
// zeros), with and without an exponent, to 0.0 and -0.0; overflow to Infinity; subnormals; 40-digit
// mantissas; integers beyond 2^64; exponents as 1E5, 1e+5, 1e-5. (1E+400 is refused before it gets here: see
// the refusal tests.)
const char* const kFloatEdges = R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {"edges": {
 "underflow": [0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001, -0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001, 0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e+5, -0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e5, 1e-400, -1e-400, 2.4703282292062327e-324, 0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e+100],
 "overflow": [1.7976931348623159e308, -1.7976931348623159e308, 10e308, -10E+308],
 "subnormal": [5e-324, -5e-324, 4.9406564584124654e-324, 2.4703282292062328e-324, 2.2250738585072014e-308, 2.2250738585072011e-308, 1e-310],
 "long": [0.1234567890123456789012345678901234567890, 1234567890.123456789012345678901234567890, 1234567890123456789012345678901234567890.0,
          9.999999999999999999999999999999999999999e22],
 "exponents": [1E5, 1e+5, 1e-5, 1E-5, 1e05, 1.5E+300, 2.5e-08, 0e+0, -0.0E-0, 1e308],
 "integers": [18446744073709551616, -18446744073709551617, 1234567890123456789012345678901234567890, -9223372036854775809, 0, -0]}},
"cells": [
{"id": "f1", "cell_type": "code", "execution_count": 1, "metadata": {"keep_output": true}, "source": "edges()",
 "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {"scale": 0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e+5},
   "data": {"application/json": {"x": [1E+5, -0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005, 5e-324, 1e-5, 1.7976931348623159e308, 99999999999999999999]}, "text/plain": "edges"}}]},
{"id": "f2", "cell_type": "code", "execution_count": 2, "metadata": {"tolerance": 1e-5}, "source": "gone()",
 "outputs": [{"output_type": "stream", "name": "stdout", "text": "gone"}]}
]})nb";

// Colab-style "list of lines whose pieces do not end in newlines" and an output that is neither text nor
// data.
const char* const kOddLists =
    R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {"language_info": {"name": "python"}},
"cells": [
{"id": "o1", "cell_type": "code", "execution_count": 4, "metadata": {"keep_output": true}, "source": ["a", "b\n", "", "c"],
 "outputs": [{"output_type": "execute_result", "execution_count": 4, "metadata": {}, "data": {"text/plain": ["ab", "c\n\n"], "image/png": ["AAAA\n", "BBBB"]}}]},
{"id": "o2", "cell_type": "code", "execution_count": null, "metadata": {"keep_output": false}, "source": "y = 2\n", "outputs": []}
]})nb";

// IPython 2 era: two worksheets, a heading cell, lines written without line ends, v3 output keys.
const char* const kV3 = R"nb({
 "metadata": {"name": "old", "signature": "sha256:abc"},
 "nbformat": 3,
 "nbformat_minor": 0,
 "worksheets": [
  {"cells": [
   {"cell_type": "heading", "level": 2, "metadata": {}, "source": ["Title", "continued"]},
   {"cell_type": "markdown", "metadata": {}, "source": ["line one\n", "line two"]},
   {"cell_type": "code", "collapsed": false, "input": ["import json", "print(1)"], "language": "python", "metadata": {},
    "prompt_number": 3,
    "outputs": [
     {"output_type": "stream", "stream": "stdout", "text": ["1\n"]},
     {"output_type": "pyout", "prompt_number": 3, "metadata": {"png": {"width": 10}}, "text": ["<img>"],
      "png": "iVBORw0KGgo=", "html": ["<b>x</b>\n", "<i>y</i>"], "json": "{\"a\": [1, 2.50]}"},
     {"output_type": "pyerr", "ename": "E", "evalue": "v", "traceback": ["\u001b[31mE\u001b[0m"]},
     {"output_type": "display_data", "svg": "<svg>\n</svg>", "latex": ["$x$"]}
    ]},
   {"cell_type": "raw", "metadata": {}, "source": "raw"}
  ], "metadata": {}},
  {"cells": [
   {"cell_type": "code", "input": "x = 1\n", "language": "python", "metadata": {"keep_output": true}, "prompt_number": 4,
    "outputs": [{"output_type": "stream", "stream": "stderr", "text": "w\n"}]},
   {"cell_type": "heading", "level": 1, "metadata": {}, "source": "One\r\nTwo"}
  ], "metadata": {}}
 ]
})nb";

const char* const kV3Empty =
    R"nb({"metadata": {"name": ""}, "nbformat": 3, "nbformat_minor": 0, "worksheets": [{"cells": [], "metadata": {}}]})nb";

} // namespace

QList<CorpusNotebook> notebookCorpusV3()
{
    return {{QStringLiteral("v3"), kV3}, {QStringLiteral("v3-empty"), kV3Empty}};
}

QByteArray notebookWithImages(int imageCount, int imageBytes)
{
    // base64 alphabet, 76-column lines joined with "\n" as matplotlib/Colab produce them.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray image;
    image.reserve(imageBytes + imageBytes / 76 * 2);
    for (int i = 0; i < imageBytes; ++i) {
        image.append(alphabet[(i * 7 + i / 13) % 64]);
        if (i % 76 == 75)
            image.append("\\n");
    }
    QByteArray out = "{\n \"cells\": [\n";
    for (int i = 0; i < imageCount; ++i) {
        out +=
            "  {\n   \"cell_type\": \"code\",\n   \"execution_count\": " + QByteArray::number(i + 1) +
            ",\n   \"id\": \"cell" + QByteArray::number(i) +
            "\",\n   \"metadata\": {\"executionInfo\": {\"elapsed\": 12}},\n"
            "   \"outputs\": [\n    {\n     \"data\": {\n      \"image/png\": \"" +
            image +
            "\",\n      \"text/plain\": [\n       \"<Figure size 640x480 with 1 Axes>\"\n      ]\n     },\n"
            "     \"metadata\": {},\n     \"output_type\": \"display_data\"\n    }\n   ],\n"
            "   \"source\": [\n    \"plt.plot(x[" +
            QByteArray::number(i) + "])\\n\",\n    \"plt.show()\"\n   ]\n  }";
        out += i + 1 < imageCount ? ",\n" : "\n";
    }
    out += " ],\n \"metadata\": {\"accelerator\": \"GPU\", \"kernelspec\": {\"display_name\": \"Python 3\", "
           "\"name\": \"python3\"}},\n"
           " \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
    return out;
}

QList<CorpusNotebook> notebookCorpus()
{
    return {
        {QStringLiteral("colab-saved"), kColabSaved},
        {QStringLiteral("jupyter-saved"), kJupyterSaved},
        {QStringLiteral("v4.0-no-ids"), kV40NoIds},
        {QStringLiteral("v4.5-ids"), kV45Ids},
        {QStringLiteral("non-ascii"), kNonAscii},
        {QStringLiteral("ansi"), kAnsi},
        {QStringLiteral("crlf"), kCrlf},
        {QStringLiteral("empty"), kEmpty},
        {QStringLiteral("empty-v4.0"), kEmptyV40},
        {QStringLiteral("floats"), kFloats},
        {QStringLiteral("float-edges"), kFloatEdges},
        {QStringLiteral("odd-lists"), kOddLists},
        {QStringLiteral("images"), notebookWithImages(3, 3000)},
    };
}

} // namespace ts::test
