import Foundation

/// Test vectors made with CPython 3: raw DEFLATE streams from
/// `zlib.compressobj(level, zlib.DEFLATED, -15)` and archives from `zipfile.ZipFile`
/// (entries `xl/workbook.xml`, `docProps/ë.txt`, `empty.txt`), in base64.
enum PythonVectors {
    /// `text` at level 6 (one dynamic-Huffman block).
    static let dynamic6 = bytes("""
        pVhLTsMwEL1KDgBVqGDBRViwS+nICQptlbQX4DycipMAUWqPPV+XTeX6M983b6YN8AFwOENzgmk+HgDGZje876cuQDN28xkOza77
        +/z+/GoeNo/tdrN9bu+e2nU7XN+vl8m1/nKZcklRflos+8tNSRlrUya7uIHPiLjk7Gk6vsE8QRiQPelY8Bq/UoQjK2Oc1Ghi21+P
        U7hvfr+9wDAOoYdhP/eXYVaCE5WIb8WD+BS7ttiR3EEJUgNgKxFvZOnoNPTRXAUKZVGPE+NRJF3Uhxj7g/00HqwWul6waC5L1IGB
        AsHiC4xXrLvEDKl4w+eaDNL6Yw3x3adBiztFMZSGFi5j+pHTxdIQXl+T73CDQlShMcsyud60hQ4WlqERRTrCxPecvE4s7uZf5zjl
        E1NBArjW65mi/oDyphg0H5GY0FkCJoPQFqDXod1lGFVxizfO3sgFpI+cBHjpNq2ujt9K6PkcYasrRg53ueV69LvuloILIo+mp+wp
        K+eCbM6R6TqtCIM4TKtppjb+iC36eMJEiDQfOs9pRZXnXr3KkOWq0saoLEzxseaouuEpKOBWBvFL6mNkbuCmG1UmQDBzhfDUn7dM
        jl0LtpfEUr8t/3CDZ3S7Umq4y0tZLG0zv5S1ls+QDz8V603Aa3Ix+3qmVWvQlrpY2UxlaNUPUeU/CbJsnRhRq8NhJCONOujrv2J+
        AA==
        """)
    /// `text` at level 9.
    static let dynamic9 = bytes("""
        pVhLTsMwEL1KDgBVqGDBRViwS+nICQptlbQX4DycipMAUWqPPV+XTWX8me+bNxMCfAAcztCcYJqPB4Cx2Q3v+6kL0IzdfIZDs+v+
        fr8/v5qHzWO73Wyf27undt0O1/frZXKtv1ymXFKUnxbL/nJTUsbalMkubuAzIi45e5qObzBPEAZkTzoWvMavFOHIyhgnNZrY9tfj
        FO6b379eYBiH0MOwn/vLMCvBiUrEt+JBfIpdW+xI7qAEqQGwlYg3snR0GvporgKFsqjHifEoki7qQ4z9wX4aD1YLXS9YNJcl6sBA
        gWDxBcYr1l1ihlS84XNNBmn9sYb47tOgxZ2iGEpDC5cx/cjpYmkIr6/Jd7hBIarQmGWZXG/aQgcLy9CIIh1h4ntOXicWd/Ovc5zy
        iakgAVzr9UxRf0B5Uwyaj0hM6CwBk0FoC9Dr0O4yjKq4xRtnb+QC0k9OArx0m1ZXx28l9HyOsNUVI4e73HI9+l13S8EFkUfTU/aU
        lXNBNufIdJ1WhEEcptU0Uxt/xBZ9PGEiRJoPnee0ospzr15lyHJVaWNUFqb4WHNU3fAUFHArg/gl9TEyN3DTjSoTIJi5Qnjqz1sm
        x64F20tiqd+Wf7jBM7pdKTXc5aUslraZL2Wt5TPkw0/FehPwmlzMvp5p1Rq0pS5WNlMZWvVDVPmfBFm2ToxdOVYKH37qoK9/xfwA
        """)
    /// `text` at level 1.
    static let dynamic1 = bytes("""
        rVbbcdtADGyFBSQexRN/pJF85E+ObyhmFMlDWg2kHleVShIDd7sgoSXlTH44RwD7AA603JefpZxeSvdcxul8KuXYPQ4/nsZ9X7rj
        fnopp+5x//b8/eu1+3T3eXd/d/9l9+FhV8N9w9fiVHa4XMY5E/h5MAWrVGJXPc24FxUxl0yx2efx/L1MY+mHwsaZTkj3F1GphGgv
        NieYk2rQRlCHaIhv57H/2P2d/NcyHIf+UIan6XAZpis30VqHiMTKBKCxNfPBduz1hgFsi8iKqO5Kal6tZ9pjC1hlqYPVW99xUOaD
        pJaJ2E/scwNQHd6EiEVoEd4rk9RDIWfqniUi7mvUJoHvTLsseJKMLki8Lmyc+fsLnzSJIL1ajyrMApHFx7A0SiUrtMfWwImZDS/4
        b5ePjYad1AYc40D6VLzlLAGgu3awv2HbNxa3xsdo05JA9uHVaLASeTSNKvdg/q6jzQF6o2K8GCBxkJbdkj9l0X9MRJuuyhb8HZ5j
        qXRAdJpivL2UpAo2NtVUghSPxmoP4UtI5VekELLbTIjtwJzAWOaLwVAik7MEaW28LWpoTmLjTEwbZBKCChx8mN4I/9OSBHMde5O1
        tReZX3hwJ/jM1rm5gwAs6dpvgNQHsi4UtpLkPLWLQZGkJUaWwCpr08qkAGvnu+LuV8rRp43UHq2bsGYWjyuVGK2C1gM2lUIymQZe
        DkeTpQzZ35NKtVuLSpk2N2wBUzzJzsRNVVJMJvnbDvyjJBciXnz1I9xKqeRyxiNh72g7ragkTV5S4HaoqSZ8HFhKGkQqcFPwmfis
        8SqhGJYDTAeoEIvuPExRcDAUyxmVLlzWfi0gLovJZzC+AprGhwysImIcCOPgPeJ184uSbmWiLXP7VYFWch+HmZJuNNxUDERkPFdt
        ji4mGW1D+gM=
        """)
    /// 400 random budget words, 4535 bytes.
    static let text = bytes("""
        Z2VtZWVudGUgcGVyc29uZWVsIGJpamRyYWdlIGxhc3RlbiBiYXRlbiDigqwgMS40MDIuMjkwLDUwIGJhdGVuIGdlbWVlbnRlIGxh
        c3RlbiDigqwgMS40MDIuMjkwLDUwIGh1dXIgbGFzdGVuIGJhdGVuIGJpamRyYWdlIGJpamRyYWdlIGJhdGVuIGh1dXIgYmF0ZW4g
        4oKsIDEuNDAyLjI5MCw1MCBiaWpkcmFnZSBsYXN0ZW4gYmF0ZW4gaHV1ciBsYXN0ZW4gYmlqZHJhZ2UgbGFzdGVuIGh1dXIgbGFz
        dGVuIOKCrCAxLjQwMi4yOTAsNTAgcGVyc29uZWVsIHByb2Nlc3JlZ2llIGJpamRyYWdlIHBlcnNvbmVlbCDigqwgMS40MDIuMjkw
        LDUwIGJhdGVuIHByb2Nlc3JlZ2llIOKCrCAxLjQwMi4yOTAsNTAgcGVyc29uZWVsIGJhdGVuIGh1dXIgZ2VtZWVudGUgYmF0ZW4g
        4oKsIDEuNDAyLjI5MCw1MCBiYXRlbiBsYXN0ZW4gaHV1ciBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMg4oKsIDEuNDAyLjI5MCw1
        MCBiaWpkcmFnZSBnZW1lZW50ZSBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIGdlbWVl
        bnRlIHByb2Nlc3JlZ2llIGh1dXIgcGVyc29uZWVsIGh1dXIgYmF0ZW4gcHJvY2VzcmVnaWUg4oKsIDEuNDAyLjI5MCw1MCBab3Jn
        LSBlbiBWZWlsaWdoZWlkc2h1aXMgZ2VtZWVudGUgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIHByb2Nlc3JlZ2llIGJhdGVuIGJh
        dGVuIOKCrCAxLjQwMi4yOTAsNTAgYmlqZHJhZ2UgcGVyc29uZWVsIGdlbWVlbnRlIHBlcnNvbmVlbCBab3JnLSBlbiBWZWlsaWdo
        ZWlkc2h1aXMgYmlqZHJhZ2UgbGFzdGVuIGJhdGVuIOKCrCAxLjQwMi4yOTAsNTAgZ2VtZWVudGUgZ2VtZWVudGUgZ2VtZWVudGUg
        Wm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIFpvcmctIGVuIFZlaWxpZ2hlaWRzaHVpcyBiYXRlbiBiYXRlbiBwcm9jZXNyZWdpZSBa
        b3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgYmF0ZW4gbGFzdGVuIHByb2Nlc3JlZ2llIFpvcmctIGVuIFZlaWxpZ2hlaWRzaHVpcyBw
        cm9jZXNyZWdpZSBiaWpkcmFnZSBnZW1lZW50ZSBsYXN0ZW4gWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIGdlbWVlbnRlIHBlcnNv
        bmVlbCBiYXRlbiBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgbGFzdGVuIGh1dXIgcHJvY2VzcmVnaWUgcGVyc29uZWVsIGh1dXIg
        YmlqZHJhZ2UgYmlqZHJhZ2UgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIGJhdGVuIHBlcnNvbmVlbCBab3JnLSBlbiBWZWlsaWdo
        ZWlkc2h1aXMgYmlqZHJhZ2Ug4oKsIDEuNDAyLjI5MCw1MCBwcm9jZXNyZWdpZSBwZXJzb25lZWwgYmlqZHJhZ2Ug4oKsIDEuNDAy
        LjI5MCw1MCBwcm9jZXNyZWdpZSBiaWpkcmFnZSBnZW1lZW50ZSBiaWpkcmFnZSBodXVyIHBlcnNvbmVlbCBiYXRlbiBwZXJzb25l
        ZWwgcGVyc29uZWVsIGh1dXIgaHV1ciBsYXN0ZW4gWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIHBlcnNvbmVlbCBwcm9jZXNyZWdp
        ZSBwcm9jZXNyZWdpZSBsYXN0ZW4gcGVyc29uZWVsIGJpamRyYWdlIOKCrCAxLjQwMi4yOTAsNTAgZ2VtZWVudGUgZ2VtZWVudGUg
        cGVyc29uZWVsIOKCrCAxLjQwMi4yOTAsNTAgbGFzdGVuIFpvcmctIGVuIFZlaWxpZ2hlaWRzaHVpcyDigqwgMS40MDIuMjkwLDUw
        IGJpamRyYWdlIGJpamRyYWdlIGJpamRyYWdlIGJpamRyYWdlIGJhdGVuIFpvcmctIGVuIFZlaWxpZ2hlaWRzaHVpcyBiaWpkcmFn
        ZSBsYXN0ZW4gaHV1ciBiYXRlbiBodXVyIFpvcmctIGVuIFZlaWxpZ2hlaWRzaHVpcyBwZXJzb25lZWwgYmF0ZW4gZ2VtZWVudGUg
        bGFzdGVuIGJhdGVuIGxhc3RlbiBwZXJzb25lZWwg4oKsIDEuNDAyLjI5MCw1MCBiYXRlbiBnZW1lZW50ZSBsYXN0ZW4gYmF0ZW4g
        aHV1ciBiaWpkcmFnZSBwZXJzb25lZWwgcHJvY2VzcmVnaWUgZ2VtZWVudGUgZ2VtZWVudGUgWm9yZy0gZW4gVmVpbGlnaGVpZHNo
        dWlzIGJhdGVuIGJhdGVuIFpvcmctIGVuIFZlaWxpZ2hlaWRzaHVpcyBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgWm9yZy0gZW4g
        VmVpbGlnaGVpZHNodWlzIFpvcmctIGVuIFZlaWxpZ2hlaWRzaHVpcyBwcm9jZXNyZWdpZSBiYXRlbiBwZXJzb25lZWwgYmF0ZW4g
        Z2VtZWVudGUgcHJvY2VzcmVnaWUgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIHBlcnNvbmVlbCDigqwgMS40MDIuMjkwLDUwIGxh
        c3RlbiBodXVyIOKCrCAxLjQwMi4yOTAsNTAgZ2VtZWVudGUgcGVyc29uZWVsIOKCrCAxLjQwMi4yOTAsNTAgbGFzdGVuIOKCrCAx
        LjQwMi4yOTAsNTAgcHJvY2VzcmVnaWUgYmF0ZW4gcHJvY2VzcmVnaWUg4oKsIDEuNDAyLjI5MCw1MCBnZW1lZW50ZSBwZXJzb25l
        ZWwgZ2VtZWVudGUgaHV1ciDigqwgMS40MDIuMjkwLDUwIOKCrCAxLjQwMi4yOTAsNTAg4oKsIDEuNDAyLjI5MCw1MCBnZW1lZW50
        ZSBodXVyIGh1dXIgaHV1ciBiaWpkcmFnZSBodXVyIGh1dXIg4oKsIDEuNDAyLjI5MCw1MCBab3JnLSBlbiBWZWlsaWdoZWlkc2h1
        aXMgZ2VtZWVudGUgbGFzdGVuIGxhc3RlbiBwcm9jZXNyZWdpZSBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgcHJvY2VzcmVnaWUg
        aHV1ciBnZW1lZW50ZSBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgZ2VtZWVudGUgZ2VtZWVudGUgYmF0ZW4gaHV1ciBiYXRlbiBo
        dXVyIFpvcmctIGVuIFZlaWxpZ2hlaWRzaHVpcyBodXVyIGdlbWVlbnRlIGh1dXIgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIGxh
        c3RlbiBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgZ2VtZWVudGUgYmF0ZW4gYmF0ZW4gYmlqZHJhZ2UgaHV1ciBab3JnLSBlbiBW
        ZWlsaWdoZWlkc2h1aXMgcGVyc29uZWVsIGJpamRyYWdlIGdlbWVlbnRlIGJhdGVuIGJpamRyYWdlIFpvcmctIGVuIFZlaWxpZ2hl
        aWRzaHVpcyBiaWpkcmFnZSBiYXRlbiBwZXJzb25lZWwgcGVyc29uZWVsIHBlcnNvbmVlbCBsYXN0ZW4gcGVyc29uZWVsIFpvcmct
        IGVuIFZlaWxpZ2hlaWRzaHVpcyBwZXJzb25lZWwgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIGdlbWVlbnRlIHBlcnNvbmVlbCDi
        gqwgMS40MDIuMjkwLDUwIOKCrCAxLjQwMi4yOTAsNTAgcGVyc29uZWVsIGxhc3RlbiBsYXN0ZW4gYmF0ZW4g4oKsIDEuNDAyLjI5
        MCw1MCBwZXJzb25lZWwgYmlqZHJhZ2UgaHV1ciBodXVyIGxhc3RlbiBwcm9jZXNyZWdpZSBodXVyIHByb2Nlc3JlZ2llIOKCrCAx
        LjQwMi4yOTAsNTAgaHV1ciBnZW1lZW50ZSBwcm9jZXNyZWdpZSDigqwgMS40MDIuMjkwLDUwIGJpamRyYWdlIHBlcnNvbmVlbCBs
        YXN0ZW4gZ2VtZWVudGUgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIOKCrCAxLjQwMi4yOTAsNTAgYmlqZHJhZ2Ug4oKsIDEuNDAy
        LjI5MCw1MCBwZXJzb25lZWwg4oKsIDEuNDAyLjI5MCw1MCBwZXJzb25lZWwg4oKsIDEuNDAyLjI5MCw1MCDigqwgMS40MDIuMjkw
        LDUwIGxhc3RlbiBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgcGVyc29uZWVsIGxhc3RlbiBwZXJzb25lZWwgcGVyc29uZWVsIHBl
        cnNvbmVlbCBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgYmF0ZW4g4oKsIDEuNDAyLjI5MCw1MCBsYXN0ZW4gZ2VtZWVudGUg4oKs
        IDEuNDAyLjI5MCw1MCDigqwgMS40MDIuMjkwLDUwIOKCrCAxLjQwMi4yOTAsNTAgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIGJh
        dGVuIOKCrCAxLjQwMi4yOTAsNTAgbGFzdGVuIGh1dXIgaHV1ciBwcm9jZXNyZWdpZSBsYXN0ZW4gYmF0ZW4g4oKsIDEuNDAyLjI5
        MCw1MCBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMg4oKsIDEuNDAyLjI5MCw1MCBsYXN0ZW4gYmF0ZW4gWm9yZy0gZW4gVmVpbGln
        aGVpZHNodWlzIGdlbWVlbnRlIOKCrCAxLjQwMi4yOTAsNTAg4oKsIDEuNDAyLjI5MCw1MCBodXVyIHByb2Nlc3JlZ2llIFpvcmct
        IGVuIFZlaWxpZ2hlaWRzaHVpcyDigqwgMS40MDIuMjkwLDUwIOKCrCAxLjQwMi4yOTAsNTAgWm9yZy0gZW4gVmVpbGlnaGVpZHNo
        dWlzIOKCrCAxLjQwMi4yOTAsNTAgaHV1ciDigqwgMS40MDIuMjkwLDUwIHByb2Nlc3JlZ2llIOKCrCAxLjQwMi4yOTAsNTAgaHV1
        ciBab3JnLSBlbiBWZWlsaWdoZWlkc2h1aXMgcGVyc29uZWVsIGJpamRyYWdlIGJhdGVuIGJpamRyYWdlIFpvcmctIGVuIFZlaWxp
        Z2hlaWRzaHVpcyBnZW1lZW50ZSBiYXRlbiBodXVyIGJpamRyYWdlIGJhdGVuIGh1dXIgcHJvY2VzcmVnaWUgYmF0ZW4gcGVyc29u
        ZWVsIGdlbWVlbnRlIHBlcnNvbmVlbCBwcm9jZXNyZWdpZSBwZXJzb25lZWwgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIGh1dXIg
        YmF0ZW4gYmlqZHJhZ2UgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIHBlcnNvbmVlbCBodXVyIHBlcnNvbmVlbCBiaWpkcmFnZSDi
        gqwgMS40MDIuMjkwLDUwIGJpamRyYWdlIGdlbWVlbnRlIGJpamRyYWdlIGh1dXIgZ2VtZWVudGUgZ2VtZWVudGUgYmF0ZW4gZ2Vt
        ZWVudGUgbGFzdGVuIGdlbWVlbnRlIOKCrCAxLjQwMi4yOTAsNTAgWm9yZy0gZW4gVmVpbGlnaGVpZHNodWlzIFpvcmctIGVuIFZl
        aWxpZ2hlaWRzaHVpcyBsYXN0ZW4gYmlqZHJhZ2UgZ2VtZWVudGUg4oKsIDEuNDAyLjI5MCw1MCBwcm9jZXNyZWdpZSDigqwgMS40
        MDIuMjkwLDUwIGJhdGVuIGJhdGVuIGh1dXIgYmF0ZW4gYmF0ZW4gcHJvY2VzcmVnaWUgcHJvY2VzcmVnaWUgbGFzdGVuIHBlcnNv
        bmVlbCBwcm9jZXNyZWdpZSBwZXJzb25lZWwgYmlqZHJhZ2U=
        """)
    /// `aaaaaaaaaabcabcabcabc hallo hallo` at level 1 (a fixed-Huffman block).
    static let fixed = bytes("S0yEgaTkRBhSyEjMycmHkAA=")
    /// `Hallo, ZVH!` at level 0 (a stored block).
    static let stored = bytes("AQsA9P9IYWxsbywgWlZIIQ==")
    /// `ab` and 100.000 times `x` at level 9 (long repeats).
    static let long = bytes("""
        7cExAQAADAKgrDPF4lvDA7g8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMKs=
        """)
    /// An archive of stored entries.
    static let zipStored = bytes("""
        UEsDBBQAAAAAAOt6d11VbJ0BpQEAAKUBAAAPAAAAeGwvd29ya2Jvb2sueG1sPHdvcmtib29rPjxzaGVldC8+PHNoZWV0Lz48c2hl
        ZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQv
        PjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxz
        aGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVl
        dC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+
        PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNoZWV0Lz48c2hlZXQvPjxzaGVldC8+PHNo
        ZWV0Lz48L3dvcmtib29rPlBLAwQUAAAIAADrenddW7GiZhgAAAAYAAAADwAAAGRvY1Byb3BzL8OrLnR4dFpvcmctIGVuIFZlaWxp
        Z2hlaWRzaHVpc1BLAwQUAAAAAADrenddAAAAAAAAAAAAAAAACQAAAGVtcHR5LnR4dFBLAQIUAxQAAAAAAOt6d11VbJ0BpQEAAKUB
        AAAPAAAAAAAAAAAAAACAAQAAAAB4bC93b3JrYm9vay54bWxQSwECFAMUAAAIAADrenddW7GiZhgAAAAYAAAADwAAAAAAAAAAAAAA
        gAHSAQAAZG9jUHJvcHMvw6sudHh0UEsBAhQDFAAAAAAA63p3XQAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAIABFwIAAGVtcHR5LnR4
        dFBLBQYAAAAAAwADALEAAAA+AgAAAAA=
        """)
    /// An archive of deflated entries.
    static let zipDeflated = bytes("""
        UEsDBBQAAAAIAOt6d11VbJ0BGgAAAKUBAAAPAAAAeGwvd29ya2Jvb2sueG1ssynPL8pOys/PtrMpzkhNLdEfpQcLrQ+PGgBQSwME
        FAAACAgA63p3XVuxomYaAAAAGAAAAA8AAABkb2NQcm9wcy/Dqy50eHSLyi9K11VIzVMIS83MyUzPSM1MKc4ozSwGAFBLAwQUAAAA
        CADrenddAAAAAAIAAAAAAAAACQAAAGVtcHR5LnR4dAMAUEsBAhQDFAAAAAgA63p3XVVsnQEaAAAApQEAAA8AAAAAAAAAAAAAAIAB
        AAAAAHhsL3dvcmtib29rLnhtbFBLAQIUAxQAAAgIAOt6d11bsaJmGgAAABgAAAAPAAAAAAAAAAAAAACAAUcAAABkb2NQcm9wcy/D
        qy50eHRQSwECFAMUAAAACADrenddAAAAAAIAAAAAAAAACQAAAAAAAAAAAAAAgAGOAAAAZW1wdHkudHh0UEsFBgAAAAADAAMAsQAA
        ALcAAAAAAA==
        """)

    static func bytes(_ base64: String) -> [UInt8] {
        [UInt8](Data(base64Encoded: base64.replacingOccurrences(of: "\n", with: "")) ?? Data())
    }
}
