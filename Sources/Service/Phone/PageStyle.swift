/// The pages' one stylesheet, inline (no second request, nothing to cache). Colours are chosen for
/// contrast of at least 4.5:1 (text #0b0c0c on white 19:1, links #1d4f91 8:1, white on the green
/// button #00703c 6:1, hints #484949 9:1); focus is a thick yellow and black ring that shows on
/// any background.
enum PageStyle {
    static let css = """
        *{box-sizing:border-box}
        html{font-size:112.5%;-webkit-text-size-adjust:100%}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.45;color:#0b0c0c;background:#fff}
        header{background:#0b0c0c;color:#fff;padding:.6rem 1rem}
        header .service{margin:0;font-weight:700}header span{font-weight:400}
        main{max-width:40rem;margin:0 auto;padding:1rem}
        footer{max-width:40rem;margin:2rem auto 0;padding:1rem;border-top:1px solid #b1b4b6;color:#484949;font-size:.85rem}
        h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
        h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
        a{color:#1d4f91}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#ffdd00;color:#0b0c0c;padding:.5rem}
        fieldset{border:0;margin:0 0 1rem;padding:0}
        legend{padding:0;margin-bottom:.5rem}
        legend h1{margin:0}
        .step{color:#484949;margin:0}
        .hint{color:#484949;margin:.25rem 0 1rem}
        .option{display:flex;align-items:center;gap:.6rem;margin:.5rem 0;padding:.35rem 0}
        .option input{width:1.6rem;height:1.6rem;margin:0;flex:none;accent-color:#0b0c0c}
        .option label{flex:1;padding:.3rem 0}
        input[type=text]{font:inherit;width:100%;padding:.5rem;border:2px solid #0b0c0c;border-radius:0}
        label.field{display:block;font-weight:700;margin-bottom:.25rem}
        .actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.25rem}
        button,.button{font:inherit;font-weight:700;padding:.6rem 1rem;border:0;border-radius:0;cursor:pointer;text-decoration:none;display:inline-block;min-height:2.75rem}
        .primary{background:#00703c;color:#fff;box-shadow:0 2px 0 #002d18}
        .secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
        .link{background:none;color:#1d4f91;text-decoration:underline;font-weight:400;padding:.6rem 0}
        a:focus,button:focus,input:focus,.button:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
        .error{border-left:5px solid #b10e1e;padding:.5rem 1rem;margin:0 0 1rem;background:#fff}
        .error h2{margin:0;color:#b10e1e;font-size:1.05rem}
        .error p{margin:.25rem 0 0}
        ol.checklist,ul.checklist{padding-left:0;list-style:none}
        .checklist li{border-left:5px solid #0b0c0c;padding:.4rem .8rem;margin:.75rem 0;background:#f3f2f1}
        .checklist.required li{border-color:#b10e1e}
        .checklist.consult li{border-color:#1d4f91}
        .checklist .what{font-weight:700;display:block}
        .checklist .when{display:block;font-weight:700}
        .checklist .who,.checklist .how{display:block;margin-top:.2rem}
        dl.answers{margin:0}dl.answers dt{font-weight:700;margin-top:.5rem}dl.answers dd{margin:0}
        """
}
