package it.traguardi.store.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A backup changed as a hostile or careless hand would change it: each table read as a block
 * (name, columns, kinds, rows), handed to a change, and written back in the {@link BackupFormat},
 * with a gzip that is whole, so only the restore's own checks can refuse it.
 */
final class BackupRewrite {

    /** One table of the backup; every part may be changed in place. */
    record Block(String name, List<String> columns, List<ColumnKind> kinds, List<Object[]> rows) {
    }

    private BackupRewrite() {
    }

    static byte[] rewrite(byte[] backup, Consumer<Block> change) throws IOException {
        var in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(backup)));
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeUTF(in.readUTF());
            out.writeInt(in.readInt());
            out.writeUTF(in.readUTF());
            int tables = in.readInt();
            out.writeInt(tables);
            for (int t = 0; t < tables; t++) {
                var block = read(in);
                change.accept(block);
                write(block, out);
            }
            out.writeUTF(in.readUTF());
        }
        return bytes.toByteArray();
    }

    private static Block read(DataInputStream in) throws IOException {
        var name = in.readUTF();
        int width = in.readInt();
        var columns = new ArrayList<String>();
        var kinds = new ArrayList<ColumnKind>();
        for (int i = 0; i < width; i++) {
            columns.add(in.readUTF());
            kinds.add(ColumnKind.valueOf(in.readUTF()));
        }
        var rows = new ArrayList<Object[]>();
        while (in.readBoolean()) {
            var row = new Object[width];
            for (int i = 0; i < width; i++) {
                row[i] = kinds.get(i).read(in);
            }
            rows.add(row);
        }
        return new Block(name, columns, kinds, rows);
    }

    private static void write(Block block, DataOutputStream out) throws IOException {
        out.writeUTF(block.name());
        out.writeInt(block.columns().size());
        for (int i = 0; i < block.columns().size(); i++) {
            out.writeUTF(block.columns().get(i));
            out.writeUTF(block.kinds().get(i).name());
        }
        for (var row : block.rows()) {
            out.writeBoolean(true);
            for (int i = 0; i < row.length; i++) {
                block.kinds().get(i).put(row[i], out);
            }
        }
        out.writeBoolean(false);
    }
}
