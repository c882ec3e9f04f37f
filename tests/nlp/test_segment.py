from pathlib import Path

from xqgraph.nlp import Segmenter, default_cache_dir


def test_cache_goes_where_the_user_says(tmp_path: Path) -> None:
    seg = Segmenter([("润杨道", "ns")], cache_dir=tmp_path)
    assert (tmp_path / "jieba.cache").is_file()
    tokens = seg.tokens("实施润杨道建设", offset=10)
    assert [(t.text, t.start, t.end) for t in tokens][:2] == [("实施", 10, 12), ("润杨道", 12, 15)]
    assert tokens[1].tag == "ns"


def test_default_cache_dir_honours_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XQGRAPH_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("XQGRAPH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "xqgraph"


def test_private_tokenizers_do_not_share_words(tmp_path: Path) -> None:
    a = Segmenter([("国家自主创新", "nz")], cache_dir=tmp_path)
    b = Segmenter(cache_dir=tmp_path)
    assert [t.text for t in a.tokens("国家自主创新")] == ["国家自主创新"]
    assert [t.text for t in b.tokens("国家自主创新")] != ["国家自主创新"]
