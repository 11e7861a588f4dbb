"use client";
// The article body editor (Tiptap: StarterKit + Image, plus figures so captioned photos survive editing).
// It writes its HTML into a hidden `bodyHtml` input; without JavaScript a <noscript> textarea of the same
// name takes its place. The hidden input only gets its name once the editor runs, so exactly one of the two
// is ever submitted. The server sanitises whatever arrives: nothing here is a security boundary.
import { useEffect, useId, useRef, useState } from "react";
import { EditorContent, Node, mergeAttributes, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import Image from "@tiptap/extension-image";

export type PickerMedia = { id: string; altText: string; caption: string; credit: string };

/**
 * A photo with its caption, kept as one block (the caption comes from the media library and is rewritten
 * on save). Without it, StarterKit would drop <figure> and turn the caption into a stray paragraph.
 */
const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: "" },
      width: { default: null },
      height: { default: null },
      caption: { default: "" },
    };
  },
  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (el) => {
          const img = (el as HTMLElement).querySelector("img");
          if (!img?.getAttribute("src")) return false;
          return {
            src: img.getAttribute("src"),
            alt: img.getAttribute("alt") ?? "",
            width: img.getAttribute("width"),
            height: img.getAttribute("height"),
            caption: (el as HTMLElement).querySelector("figcaption")?.textContent ?? "",
          };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const { src, alt, width, height, caption } = node.attrs as Record<string, string | null>;
    const img = ["img", mergeAttributes({ src, alt: alt ?? "" }, width ? { width } : {}, height ? { height } : {})];
    return caption ? ["figure", {}, img, ["figcaption", {}, caption]] : ["figure", {}, img];
  },
});

function ToolbarButton({ label, active, disabled, onClick, children }: { label: string; active?: boolean; disabled?: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      onClick={onClick}
      className="min-w-9 rounded border border-gray-300 bg-white px-2 py-1 text-sm font-semibold aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white disabled:opacity-40"
    >
      {children}
    </button>
  );
}

function Toolbar({ editor, onPickImage }: { editor: Editor; onPickImage: () => void }) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const previous = (editor.getAttributes("link").href as string | undefined) ?? "https://";
    const url = window.prompt("Địa chỉ liên kết (để trống để bỏ liên kết):", previous);
    if (url === null) return;
    if (!url.trim()) chain().extendMarkRange("link").unsetLink().run();
    else chain().extendMarkRange("link").setLink({ href: url.trim() }).run();
  };
  return (
    <div role="toolbar" aria-label="Định dạng nội dung" className="sticky top-0 z-10 flex flex-wrap gap-1 border-b border-gray-300 bg-gray-50 p-2">
      <ToolbarButton label="In đậm" active={s.bold} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </ToolbarButton>
      <ToolbarButton label="In nghiêng" active={s.italic} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </ToolbarButton>
      <ToolbarButton label="Tiêu đề mục H2" active={s.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
        H2
      </ToolbarButton>
      <ToolbarButton label="Tiêu đề nhỏ H3" active={s.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        H3
      </ToolbarButton>
      <ToolbarButton label="Danh sách dấu chấm" active={s.bullet} onClick={() => chain().toggleBulletList().run()}>
        •
      </ToolbarButton>
      <ToolbarButton label="Danh sách đánh số" active={s.ordered} onClick={() => chain().toggleOrderedList().run()}>
        {/* An icon, not the text "1.": the button's name (label) must contain any text it shows. */}
        <svg aria-hidden="true" width="18" height="16" viewBox="0 0 18 16" fill="none" stroke="currentColor" strokeWidth="1.5" className="inline">
          <path d="M2.5 1.5v5M1 10h3v1.8H1v2.2h3M7 4h10M7 12h10" />
        </svg>
      </ToolbarButton>
      <ToolbarButton label="Chèn liên kết" active={s.link} onClick={setLink}>
        Liên kết
      </ToolbarButton>
      <ToolbarButton label="Trích dẫn" active={s.quote} onClick={() => chain().toggleBlockquote().run()}>
        ❝
      </ToolbarButton>
      <ToolbarButton label="Chèn ảnh từ thư viện" onClick={onPickImage}>
        Ảnh
      </ToolbarButton>
      <ToolbarButton label="Hoàn tác" disabled={!s.canUndo} onClick={() => chain().undo().run()}>
        ↶
      </ToolbarButton>
      <ToolbarButton label="Làm lại" disabled={!s.canRedo} onClick={() => chain().redo().run()}>
        ↷
      </ToolbarButton>
    </div>
  );
}

function MediaPicker({ media, open, onClose, onPick }: { media: PickerMedia[]; open: boolean; onClose: () => void; onPick: (m: PickerMedia) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="media-picker-title" className="m-auto w-full max-w-3xl rounded p-0 backdrop:bg-black/50">
      <div className="flex items-center justify-between border-b p-3">
        <h2 id="media-picker-title" className="text-lg font-bold">
          Chọn ảnh từ thư viện
        </h2>
        <button type="button" className="rounded border px-3 py-1" onClick={onClose}>
          Đóng
        </button>
      </div>
      {media.length ? (
        <ul className="grid max-h-[70vh] grid-cols-2 gap-3 overflow-y-auto p-3 md:grid-cols-3" data-testid="media-picker">
          {/* Thumbnails load only while the picker is open. */}
          {open
            ? media.map((m) => (
                <li key={m.id} className="rounded border p-2">
                  <img src={`/media/${m.id}`} alt={m.altText} loading="lazy" className="aspect-video w-full bg-gray-100 object-cover" />
                  <p className="mt-1 line-clamp-2 text-xs">{m.caption || m.altText}</p>
                  <button
                    type="button"
                    className="mt-1 w-full rounded bg-brand px-2 py-1 text-sm font-semibold text-white"
                    aria-label={`Chèn ảnh: ${m.caption || m.altText}`}
                    onClick={() => onPick(m)}
                  >
                    Chèn
                  </button>
                </li>
              ))
            : null}
        </ul>
      ) : (
        <p className="p-4">
          Thư viện chưa có ảnh. <a href="/admin/media">Tải ảnh lên thư viện</a>.
        </p>
      )}
    </dialog>
  );
}

export function RichTextEditor({
  name = "bodyHtml",
  initialHtml,
  media,
  labelId,
  errorId,
  invalid,
}: {
  name?: string;
  initialHtml: string;
  media: PickerMedia[];
  labelId: string;
  errorId?: string;
  invalid?: boolean;
}) {
  const [html, setHtml] = useState(initialHtml);
  const [ready, setReady] = useState(false);
  const [picking, setPicking] = useState(false);
  const hintId = useId();
  const editor = useEditor({
    // Rendered on the server without the editor; it starts in the browser (no hydration mismatch).
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto", "tel"], defaultProtocol: "https" },
      }),
      Image.configure({ inline: false, allowBase64: false }),
      Figure,
    ],
    content: initialHtml,
    editorProps: {
      attributes: {
        class: "prose-vn min-h-72 px-4 py-2 focus:outline-none",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" "),
        ...(invalid ? { "aria-invalid": "true" } : {}),
      },
    },
    onCreate: ({ editor: e }) => {
      setHtml(e.getHTML());
      setReady(true);
    },
    onUpdate: ({ editor: e }) => setHtml(e.getHTML()),
  });

  // The form action may return the typed values after an error: show exactly what was submitted.
  useEffect(() => {
    if (editor && !editor.isDestroyed && initialHtml !== editor.getHTML()) {
      editor.commands.setContent(initialHtml, { emitUpdate: true });
    }
    // Only when the values from the server change, not on every keystroke.
  }, [initialHtml]);

  const insert = (m: PickerMedia) => {
    setPicking(false);
    editor?.chain().focus().setImage({ src: `/media/${m.id}`, alt: m.altText }).run();
  };

  return (
    <div className={`mt-1 rounded border ${invalid ? "border-red-700" : "border-gray-400"}`} data-testid="rich-text-editor">
      {editor ? <Toolbar editor={editor} onPickImage={() => setPicking(true)} /> : null}
      {editor ? <EditorContent editor={editor} /> : <div className="min-h-72 px-4 py-2 text-muted">{ready ? null : "Đang tải trình soạn thảo…"}</div>}
      <p id={hintId} className="border-t border-gray-200 px-3 py-1 text-xs text-muted">
        Ảnh chèn từ thư viện sẽ tự có chú thích và nguồn ảnh khi lưu.
      </p>
      {/* Named only once the editor runs: without JavaScript, the textarea below is the one submitted. */}
      <input type="hidden" name={ready ? name : undefined} value={html} data-testid="body-html" />
      <noscript>
        <textarea
          name={name}
          defaultValue={initialHtml}
          rows={18}
          aria-labelledby={labelId}
          aria-describedby={errorId}
          className="w-full border-t border-gray-300 px-3 py-2 font-mono text-sm"
        />
      </noscript>
      <MediaPicker media={media} open={picking} onClose={() => setPicking(false)} onPick={insert} />
    </div>
  );
}
