package org.atelier.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.tensors.TensorInfo;

/**
 * The tensors of a model as a tree by the dots of their names; a chain of single child groups is folded into
 * one node ({@code model.diffusion_model}) so the tree stays shallow.
 */
final class TensorTree {

    /** A group of tensors under a name prefix, or one tensor. */
    static final class Node {
        final String label;
        final String path;
        final TensorInfo tensor;
        final Map<String, Node> children = new LinkedHashMap<>();
        long parameters;
        long bytes;
        int tensors;

        Node(String label, String path, TensorInfo tensor) {
            this.label = label;
            this.path = path;
            this.tensor = tensor;
        }

        boolean isTensor() {
            return tensor != null;
        }

        List<Node> children() {
            return new ArrayList<>(children.values());
        }
    }

    private TensorTree() {
    }

    /** The tree of the tensors whose name contains {@code filter} (all when empty), ignoring case. */
    static Node build(List<TensorInfo> tensors, String filter) {
        Node root = new Node("", "", null);
        String needle = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        for (TensorInfo t : tensors) {
            if (!needle.isEmpty() && !t.name().toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            String[] parts = t.name().split("\\.");
            List<Node> chain = new ArrayList<>();
            chain.add(root);
            Node node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                String path = node.path.isEmpty() ? parts[i] : node.path + "." + parts[i];
                String label = parts[i];
                node = node.children.computeIfAbsent(label, p -> new Node(label, path, null));
                chain.add(node);
            }
            node.children.put("\u0000" + t.name(), new Node(parts[parts.length - 1], t.name(), t));
            for (Node n : chain) {
                n.parameters += t.numel();
                n.bytes += t.byteSize();
                n.tensors++;
            }
        }
        return fold(root, true);
    }

    private static Node fold(Node node, boolean root) {
        Map<String, Node> folded = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : node.children.entrySet()) {
            folded.put(e.getKey(), e.getValue().isTensor() ? e.getValue() : fold(e.getValue(), false));
        }
        node.children.clear();
        node.children.putAll(folded);
        if (!root && node.children.size() == 1) {
            Node only = node.children.values().iterator().next();
            if (!only.isTensor()) {
                Node merged = new Node(node.label + "." + only.label, only.path, null);
                merged.children.putAll(only.children);
                merged.parameters = only.parameters;
                merged.bytes = only.bytes;
                merged.tensors = only.tensors;
                return merged;
            }
        }
        return node;
    }

    /** The tensors below a node (1 for a tensor). */
    static int count(Node node) {
        return node.isTensor() ? 1 : node.tensors;
    }
}
