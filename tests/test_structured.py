"""JSON-LD and <time> (parkclean/structured.py) as fallbacks behind the page's lines and <meta> tags."""
import parkclean
from parkclean.htmlinput import html_to_dump

BODY = ("<p>记者从园区管委会获悉，今年一季度园区新开工项目十二个，总投资超过五十亿元，预计年底前全部投产。</p>"
        "<p>园区相关负责人表示，下一步将继续优化营商环境，做好项目服务保障工作，推动更多项目早开工。</p>")


def _page(head: str, body: str = BODY) -> str:
    return f"<html><head><title>园区新规出台_某某在线</title>{head}</head><body><h1>园区新规出台</h1>{body}</body></html>"


def test_json_ld_gives_the_date_and_authors_a_page_does_not_print():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "某某在线"},'
          ' {"@type": "NewsArticle", "headline": "园区新规出台", "datePublished": "2024-03-08T10:20:00+08:00",'
          ' "author": {"@type": "Person", "name": "张三"}}]}</script>')
    m = parkclean.clean(_page(ld)).metadata
    assert (m.title, m.published, m.authors) == ("园区新规出台", "2024-03-08T10:20:00+08:00", ("张三",))


def test_a_meta_tag_goes_before_json_ld_and_a_broken_block_says_nothing():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": "李四", "datePublished": "2023-01-01"}</script>'
    _, meta = html_to_dump(_page('<meta name="author" content="张三">' + ld))
    assert meta["author"] == "张三" and meta["published"] == "2023-01-01"
    _, meta = html_to_dump(_page('<script type="application/ld+json">{"@type": "NewsArticle", "author": </script>'))
    assert "author" not in meta and "published" not in meta


def test_a_time_element_dates_the_page_when_nothing_else_does():
    _, meta = html_to_dump(_page("", '<time datetime="2024-05-20T06:05:02.000Z">5月20日</time>' + BODY))
    assert meta["published"] == "2024-05-20T06:05:02.000Z"
    _, meta = html_to_dump(_page("", "<time>昨天</time>" + BODY))
    assert "published" not in meta


def test_an_author_marked_up_in_the_text_is_taken_when_it_is_a_persons_name():
    """An hCard's or microdata's author in the page's text (WordPress: class="author vcard" …
    class="fn"): the page's author when no line names one; a forum's handle is nobody's name."""
    body = ("<p>园区一季度实现工业总产值一百二十亿元，同比增长百分之十五，增速居全市第一，创历史同期新高。</p>"
            "<p>二季度园区将继续推进重点项目建设，力争新开工项目二十个以上，完成投资五十亿元。</p>")
    card = "<div class='entry-meta'><span class='author vcard'><a class='url fn n' href='/author/q'>{}</a></span></div>"
    page = "<html><head><title>说说园区门口的挂牌</title></head><body><h1>说说园区门口的挂牌</h1>{}<article>{}</article></body></html>"
    assert parkclean.clean(page.format(card.format("祁守拙"), body)).metadata.authors == ("祁守拙",)
    assert parkclean.clean(page.format(card.format("暖通老郑"), body)).metadata.authors == ()
    # the marked-up name alone (not printed as a line of its own): read from the markup, and an
    # account's name is none
    from parkclean.metadata.authors import html_candidate
    _, meta = html_to_dump(page.format("<p>文/<span class='author vcard'><span class='fn'>祁守拙</span></span>，园区观察员</p>", body))
    assert meta["marked_author"] == "祁守拙" and html_candidate(meta)[0].value == ["祁守拙"]
    _, meta = html_to_dump(page.format("<p><span class='author vcard'><span class='fn'>武汉发布</span></span> 发布</p>", body))
    assert meta.get("marked_author") == "武汉发布" and html_candidate(meta) == []
