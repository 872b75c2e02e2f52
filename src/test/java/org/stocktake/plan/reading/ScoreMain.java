package org.stocktake.plan.reading;

public class ScoreMain {
    public static void main(String[] args) {
        for (String d : ReadingScore.DOCUMENTS) {
            var s = ReadingScore.score(d);
            System.out.printf("%s sec %s %.3f tgt %s %.3f units %s %.3f dl %s %.3f fields %s%n", d, s.sections(), s.sections().f1(), s.targets(), s.targets().f1(), s.units(), s.units().f1(), s.deadlines(), s.deadlines().f1(), s.fields());
            if (args.length > 0) System.out.println(ReadingJson.write(d, PolicyReader.read(ReadingScore.text(d))));
        }
    }
}
