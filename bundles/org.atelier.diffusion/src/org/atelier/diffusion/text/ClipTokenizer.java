package org.atelier.diffusion.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * CLIP's byte-level BPE tokenizer, as OpenAI's {@code simple_tokenizer.py} and the Hugging Face CLIPTokenizer that
 * Stable Diffusion uses: the text cleaned (Unicode NFC, HTML entities unescaped twice, whitespace collapsed,
 * lower case), split by CLIP's pattern, each piece's UTF-8 bytes mapped to printable characters, the last one
 * marked {@code </w>}, and pairs merged by the ranks of {@code merges.txt}. Read from a diffusers
 * {@code tokenizer/} folder ({@code vocab.json}, {@code merges.txt}).
 * <p>
 * ftfy's repairs of mis-decoded text (mojibake) are not reproduced: for text that was not garbled they change
 * nothing beyond the NFC normalization done here.
 */
public final class ClipTokenizer {

    public static final String START = "<|startoftext|>";
    public static final String END = "<|endoftext|>";

    private static final Pattern PIECES = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|\\p{L}+|\\p{N}|[^\\s\\p{L}\\p{N}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("hellip", "…"), Map.entry("mdash", "—"),
            Map.entry("ndash", "–"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"));
    private static final char[] BYTE_TO_CHAR = byteToChar();

    private final Map<String, Integer> vocab;
    private final Map<String, Integer> ranks;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();
    private final int startId;
    private final int endId;
    private final Path folder;

    private ClipTokenizer(Map<String, Integer> vocab, Map<String, Integer> ranks, Path folder) throws IOException {
        this.folder = folder;
        this.vocab = vocab;
        this.ranks = ranks;
        Integer start = vocab.get(START);
        Integer end = vocab.get(END);
        if (start == null || end == null) {
            throw new IOException(folder.resolve("vocab.json") + ": no " + START + " or " + END + " token: not CLIP's vocabulary");
        }
        this.startId = start;
        this.endId = end;
    }

    /** Reads {@code vocab.json} and {@code merges.txt} of a diffusers {@code tokenizer/} folder. */
    public static ClipTokenizer load(Path folder) throws IOException {
        Path vocabFile = folder.resolve("vocab.json");
        Path mergesFile = folder.resolve("merges.txt");
        for (Path file : List.of(vocabFile, mergesFile)) {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null,
                        "a CLIP tokenizer folder holds vocab.json and merges.txt (the tokenizer/ folder of a diffusers model)");
            }
        }
        Map<String, Integer> vocab = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(vocabFile, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) {
                throw new IOException(vocabFile + ": not a JSON object of tokens and ids");
            }
            for (Map.Entry<String, JsonElement> e : ((JsonObject) root).entrySet()) {
                vocab.put(e.getKey(), e.getValue().getAsInt());
            }
        } catch (JsonParseException | IllegalStateException | NumberFormatException | UnsupportedOperationException e) {
            throw new IOException(vocabFile + ": not a vocabulary of tokens and ids: " + e.getMessage(), e);
        }
        Map<String, Integer> ranks = new HashMap<>();
        List<String> lines = Files.readAllLines(mergesFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#version") || line.isBlank()) {
                continue;
            }
            String[] pair = line.split(" ");
            if (pair.length != 2) {
                throw new IOException(mergesFile + ": line " + (i + 1) + " is not a pair of symbols: '" + line + "'");
            }
            ranks.putIfAbsent(line, ranks.size());
        }
        return new ClipTokenizer(vocab, ranks, folder);
    }

    /**
     * Writes a tokenizer folder of CLIP's byte alphabet without merges (each byte a token, with and without
     * {@code </w>}, then the start and end tokens: 514 ids): any text tokenizes, a character a token. For small models
     * of fewer tokens than CLIP's, such as the demo's; CLIP's own vocabulary is not part of Atelier.
     */
    public static Path writeByteLevel(Path folder) throws IOException {
        Files.createDirectories(folder);
        JsonObject vocab = new JsonObject();
        for (int b = 0; b < 256; b++) {
            vocab.addProperty(String.valueOf(BYTE_TO_CHAR[b]), b);
        }
        for (int b = 0; b < 256; b++) {
            vocab.addProperty(BYTE_TO_CHAR[b] + "</w>", 256 + b);
        }
        vocab.addProperty(START, 512);
        vocab.addProperty(END, 513);
        org.atelier.common.AtomicFiles.writeString(folder.resolve("vocab.json"), vocab.toString());
        org.atelier.common.AtomicFiles.writeString(folder.resolve("merges.txt"), "#version: 0.2\n");
        return folder;
    }

    /**
     * The tokenizer folder for {@code model} on the command line: {@code given}, else a diffusers folder's own (null:
     * the loader takes it), else the folder {@code ATELIER_TOKENIZER} names.
     *
     * @throws IllegalArgumentException saying what to give, to follow "needs "
     */
    public static Path folderFor(Path model, Path given) {
        String named = given != null ? given.toString() : System.getenv("ATELIER_TOKENIZER");
        boolean folder = Files.isDirectory(model) && Files.isRegularFile(model.resolve("tokenizer/vocab.json"));
        if ((named == null || named.isBlank()) && !folder) {
            throw new IllegalArgumentException("CLIP's tokenizer, which a checkpoint does not hold: give a diffusers"
                    + " tokenizer/ folder (vocab.json, merges.txt) with --tokenizer, or set ATELIER_TOKENIZER");
        }
        return given != null || !folder ? Path.of(named) : null;
    }

    public int startId() {
        return startId;
    }

    public int endId() {
        return endId;
    }

    /** The id of a token ({@code ",</w>"}), or -1. */
    public int id(String token) {
        return vocab.getOrDefault(token, -1);
    }

    /**
     * The ids of a text, cleaned as CLIP cleans it, without the start and end tokens.
     *
     * @throws IllegalArgumentException when the vocabulary lacks a token the merges make (files that do not belong
     *                                  together), naming the folder
     */
    public List<Integer> encode(String text) {
        List<Integer> ids = new ArrayList<>();
        String cleaned = clean(text);
        int at = 0;
        if (wordPattern != null) {
            Matcher w = wordPattern.matcher(cleaned);
            while (w.find()) {
                encodePieces(cleaned.substring(at, w.start()), ids);
                for (int id : words.get(w.group())) {
                    ids.add(id);
                }
                at = w.end();
            }
        }
        encodePieces(cleaned.substring(at), ids);
        return ids;
    }

    private void encodePieces(String cleaned, List<Integer> ids) {
        Matcher m = PIECES.matcher(cleaned);
        while (m.find()) {
            for (int id : cache.computeIfAbsent(m.group(), this::bpe)) {
                ids.add(id);
            }
        }
    }

    /** Words that stand for ids of their own (textual-inversion embeddings), lower case. */
    private final Map<String, int[]> words = new java.util.HashMap<>();
    private Pattern wordPattern;

    /**
     * Makes {@code word} (matched whole, in any case) stand for {@code count} ids from {@code firstId} on: the
     * vectors of a textual-inversion embedding, which the text encoder holds after its vocabulary.
     *
     * @throws IllegalArgumentException when the word is a token of the vocabulary already
     */
    public void addWord(String word, int firstId, int count) {
        String key = clean(word);
        if (key.isEmpty() || PIECES.matcher(key).results().count() == 1 && bpeIds(key).length == 1 && !words.containsKey(key)) {
            throw new IllegalArgumentException("'" + word + "' is " + (key.isEmpty() ? "empty" : "a token of the vocabulary already")
                    + ": an embedding needs a word of its own, such as <" + (key.isEmpty() ? "name" : key) + ">");
        }
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = firstId + i;
        }
        words.put(key, ids);
        StringBuilder alternatives = new StringBuilder();
        for (String w : words.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        wordPattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private int[] bpeIds(String piece) {
        try {
            return bpe(piece);
        } catch (IllegalArgumentException e) {
            return new int[0];
        }
    }

    /** NFC, HTML entities unescaped twice, whitespace collapsed and trimmed, lower case. */
    static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = unescape(unescape(s)).strip();
        return WHITESPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement;
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                replacement = codePoint(entity.substring(2), 16);
            } else if (entity.startsWith("#")) {
                replacement = codePoint(entity.substring(1), 10);
            } else {
                replacement = NAMED.get(entity);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\ufffd";
        } catch (NumberFormatException e) {
            return "\ufffd";
        }
    }

    /** Byte-pair encoding of one piece of text: its UTF-8 bytes as CLIP's printable characters, merged by rank. */
    private int[] bpe(String piece) {
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        List<String> word = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            word.add(String.valueOf(BYTE_TO_CHAR[b & 0xff]));
        }
        word.set(word.size() - 1, word.get(word.size() - 1) + "</w>");
        while (word.size() > 1) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < word.size(); i++) {
                Integer rank = ranks.get(word.get(i) + " " + word.get(i + 1));
                if (rank != null && rank < bestRank) {
                    bestRank = rank;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            String first = word.get(best);
            String second = word.get(best + 1);
            List<String> merged = new ArrayList<>(word.size());
            for (int i = 0; i < word.size(); i++) {
                if (i + 1 < word.size() && word.get(i).equals(first) && word.get(i + 1).equals(second)) {
                    merged.add(first + second);
                    i++;
                } else {
                    merged.add(word.get(i));
                }
            }
            word = merged;
        }
        int[] ids = new int[word.size()];
        for (int i = 0; i < ids.length; i++) {
            Integer id = vocab.get(word.get(i));
            if (id == null) {
                throw new IllegalArgumentException(folder + ": the vocabulary has no token '" + word.get(i) + "' (from '"
                        + piece + "'): vocab.json and merges.txt do not belong together, or are not CLIP's");
            }
            ids[i] = id;
        }
        return ids;
    }

    /**
     * CLIP's table from bytes to printable characters: the printable Latin-1 bytes stand for themselves, the others
     * for characters from U+0100 on, in order.
     */
    private static char[] byteToChar() {
        char[] table = new char[256];
        boolean[] printable = new boolean[256];
        for (int b = '!'; b <= '~'; b++) {
            printable[b] = true;
        }
        for (int b = 0xa1; b <= 0xac; b++) {
            printable[b] = true;
        }
        for (int b = 0xae; b <= 0xff; b++) {
            printable[b] = true;
        }
        int next = 256;
        for (int b = 0; b < 256; b++) {
            table[b] = printable[b] ? (char) b : (char) next++;
        }
        return table;
    }
}
