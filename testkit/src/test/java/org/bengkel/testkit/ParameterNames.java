package org.bengkel.testkit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The source names of a method's parameters, read from its class file: core is compiled without
 * {@code -parameters}, so reflection sees only {@code arg0}, but Maven compiles with debug
 * information, and a method's local variable table names its parameters. A tiny reader of the class
 * file format (JVMS chapter 4), for {@link NullArgumentsTest}.
 */
final class ParameterNames {

  private static final Map<Class<?>, Map<String, String[]>> CACHE = new HashMap<>();

  private ParameterNames() {}

  /**
   * The names of an executable's parameters, from the class that declares it or, for an abstract
   * method, from the first class above {@code implementation} that implements it.
   *
   * @param executable the method or constructor
   * @param implementation the receiver's class, or null for a static method or a constructor
   * @return the names, or empty when no class file of the chain has them
   */
  static Optional<String[]> of(Executable executable, Class<?> implementation) {
    String[] names = read(executable.getDeclaringClass()).get(key(executable));
    if (names != null) {
      return Optional.of(names);
    }
    if (executable instanceof Method m && implementation != null) {
      for (Class<?> c = implementation; c != null; c = c.getSuperclass()) {
        try {
          Method impl = c.getDeclaredMethod(m.getName(), m.getParameterTypes());
          if (!Modifier.isAbstract(impl.getModifiers())) {
            return Optional.ofNullable(read(c).get(key(impl)));
          }
        } catch (NoSuchMethodException e) {
          // not declared here: look further up
        }
      }
    }
    return Optional.empty();
  }

  private static String key(Executable e) {
    StringBuilder d = new StringBuilder(e instanceof Constructor ? "<init>" : e.getName());
    d.append('(');
    for (Class<?> p : e.getParameterTypes()) {
      d.append(descriptor(p));
    }
    d.append(')');
    d.append(e instanceof Method m ? descriptor(m.getReturnType()) : "V");
    return d.toString();
  }

  private static String descriptor(Class<?> type) {
    if (type.isArray()) {
      return type.getName().replace('.', '/');
    }
    if (!type.isPrimitive()) {
      return "L" + type.getName().replace('.', '/') + ";";
    }
    return switch (type.getName()) {
      case "boolean" -> "Z";
      case "byte" -> "B";
      case "char" -> "C";
      case "short" -> "S";
      case "int" -> "I";
      case "long" -> "J";
      case "float" -> "F";
      case "double" -> "D";
      default -> "V";
    };
  }

  /** Parameter names by method name and descriptor, for the methods of one class file. */
  private static synchronized Map<String, String[]> read(Class<?> type) {
    return CACHE.computeIfAbsent(
        type,
        t -> {
          String file = "/" + t.getName().replace('.', '/') + ".class";
          try (InputStream in = t.getResourceAsStream(file)) {
            if (in == null) {
              return Map.of();
            }
            return parse(new DataInputStream(in));
          } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
          }
        });
  }

  private static Map<String, String[]> parse(DataInputStream in) throws IOException {
    in.readInt(); // magic
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++; // a long or double takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.skipNBytes(6); // access flags, this class, super class
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int f = 0; f < fields; f++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    Map<String, String[]> names = new HashMap<>();
    int methods = in.readUnsignedShort();
    for (int m = 0; m < methods; m++) {
      int access = in.readUnsignedShort();
      String name = utf8[in.readUnsignedShort()];
      String descriptor = utf8[in.readUnsignedShort()];
      Map<Integer, String> slots = new TreeMap<>();
      String[] declared = null;
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          in.skipNBytes(4); // max stack, max locals
          in.skipNBytes(in.readInt()); // code
          in.skipNBytes(8L * in.readUnsignedShort()); // exception table
          int codeAttributes = in.readUnsignedShort();
          for (int c = 0; c < codeAttributes; c++) {
            String codeAttribute = utf8[in.readUnsignedShort()];
            int codeLength = in.readInt();
            if (codeAttribute.equals("LocalVariableTable")) {
              int entries = in.readUnsignedShort();
              for (int e = 0; e < entries; e++) {
                int start = in.readUnsignedShort();
                in.skipNBytes(2); // length
                String variable = utf8[in.readUnsignedShort()];
                in.skipNBytes(2); // descriptor
                int slot = in.readUnsignedShort();
                if (start == 0) {
                  slots.put(slot, variable);
                }
              }
            } else {
              in.skipNBytes(codeLength);
            }
          }
        } else if (attribute.equals("MethodParameters")) {
          declared = new String[in.readUnsignedByte()];
          for (int p = 0; p < declared.length; p++) {
            int index = in.readUnsignedShort();
            declared[p] = index == 0 ? null : utf8[index];
            in.skipNBytes(2); // flags
          }
        } else {
          in.skipNBytes(length);
        }
      }
      String[] parameters = declared != null ? declared : fromSlots(access, descriptor, slots);
      if (parameters != null) {
        names.put(name + descriptor, parameters);
      }
    }
    return names;
  }

  /** The names of the slots that hold the parameters: after {@code this}, two for long, double. */
  private static String[] fromSlots(int access, String descriptor, Map<Integer, String> slots) {
    if (slots.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    int slot = (access & Modifier.STATIC) != 0 ? 0 : 1;
    int i = 1; // after '('
    while (descriptor.charAt(i) != ')') {
      int start = i;
      while (descriptor.charAt(i) == '[') {
        i++;
      }
      if (descriptor.charAt(i) == 'L') {
        i = descriptor.indexOf(';', i);
      }
      char kind = descriptor.charAt(start);
      String name = slots.get(slot);
      if (name == null) {
        return null;
      }
      names.add(name);
      slot += kind == 'J' || kind == 'D' ? 2 : 1;
      i++;
    }
    return names.toArray(String[]::new);
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.skipNBytes(2);
      in.skipNBytes(in.readInt());
    }
  }
}
