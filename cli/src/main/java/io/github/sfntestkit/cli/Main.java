package io.github.sfntestkit.cli;
public final class Main { public static void main(String[] a) {} }
