package id.padan.cli;

public final class Padan {
    public static void main(String[] args) {
        System.out.println("padan");
    }
}
