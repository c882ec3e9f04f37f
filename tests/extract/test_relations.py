from xqgraph.ingest import parse_document


def _edges(pipeline, text: str) -> set[tuple[str, str, str]]:
    r = pipeline.run_document(parse_document("天津市西青区人民政府\n某区2018年计划\n二、2018年主要任务\n" + text + "\n"))
    return {(x.head, x.predicate, x.tail) for x in r.linked.relations}


def test_gazetteer_hierarchy_and_pairing(pipeline) -> None:
    edges = _edges(pipeline, "天津市西青区强化与河北省平泉市对口帮扶。")
    assert ("西青区", "locatedIn", "天津市") in edges
    assert ("平泉市", "locatedIn", "河北省") in edges
    assert ("西青区", "pairedWith", "平泉市") in edges


def test_compound_names(pipeline) -> None:
    edges = _edges(pipeline, "建成张家窝镇中心公园。加快建设国家自主创新示范区西青分园。完成地铁5号线中医一附院站运营。")
    assert ("张家窝镇中心公园", "locatedIn", "张家窝镇") in edges
    assert ("国家自主创新示范区西青分园", "partOf", "国家自主创新示范区") in edges
    assert ("中医一附院站", "partOf", "地铁5号线") in edges


def test_towns_of_the_issuing_district(pipeline) -> None:
    assert ("辛口镇", "locatedIn", "西青区") in _edges(pipeline, "杨柳青镇、辛口镇环境面貌明显改善。")
